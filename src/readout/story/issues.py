"""Group proposals and demands from different articles under one issue.

Two passes. First, a small taxonomy of recurring diplomatic issues (readout's own list of
topics with cue words) claims the proposals whose issue label and evidence mention its cues
strongly enough. Second, what is left is clustered by the overlap of the content words of
the issue labels, so two articles proposing "return of diplomats" and "reverse the
reduction of diplomats" still meet under one heading. Each group keeps every proposal with
its source, so the brief can cite all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from readout.records import ArticleAnalysis, Proposal

# issue key → (heading, cue words or phrases). Cues are matched on word stems in the
# proposal's issue label (weight 2) and evidence sentence (weight 1).
TAXONOMY: dict[str, tuple[str, tuple[str, ...]]] = {
    "nato_expansion": ("NATO expansion and Ukraine's membership",
                       ("nato expansion", "enlargement", "membership", "join nato", "open door",
                        "eastward", "expansion", "buffer", "neutral", "alliance")),
    "security_guarantees": ("Security guarantees and European security architecture",
                            ("guarantee", "security architecture", "security deal",
                             "security concern", "modus vivendi", "helsinki", "spheres of interest",
                             "legitimate security")),
    "de_escalation": ("De-escalation and troop withdrawal",
                      ("de-escalat", "deescalat", "withdraw", "pull back", "reduction of russian forces",
                       "escalat", "provocative", "avoid war", "warfare", "open conflict")),
    "deterrence": ("Deterrence and military response", ("deter", "military response", "aggression")),
    "leader_dialogue": ("Direct talks between leaders",
                        ("summit", "meeting", "sit-down", "leader-to-leader", "emissary", "envoy",
                         "on the phone", "speak directly", "direct dialogue", "contact is desirable")),
    "dialogue_channels": ("Standing channels: ministers, military, councils",
                          ("hot line", "hotline", "strategic dialogue", "foreign ministers",
                           "consultative", "nato-russia council", "defense ministers",
                           "lower diplomatic levels")),
    "diplomatic_presence": ("Return of diplomats and embassy staff",
                            ("diplomat", "embass", "consulate", "visa", "on station",
                             "diplomatic personnel", "private citizens")),
    "arms_control": ("Arms control", ("arms control", "outer space", "missile", "nuclear",
                                      "offensive weapons")),
    "observers": ("Military observers on the border", ("observer", "monitor")),
    "minsk_process": ("Minsk agreements and Donbas", ("minsk", "donbas", "autonomy", "separatist")),
    "crimea": ("Crimea", ("crimea", "annexation", "referendum")),
    "sanctions": ("Sanctions", ("sanction", "embargo")),
    "human_rights": ("Human rights and detained people",
                     ("human rights", "navalny", "prison", "jehovah", "whelan", "dissent")),
    "cyber_interference": ("Cyber operations and election interference",
                           ("cyber", "election", "interference", "intrusion", "extraterritorial",
                            "intelligence-gathering")),
    "regional_cooperation": ("Cooperation on regional issues (Iran, Syria, Afghanistan)",
                             ("iran", "syria", "afghanistan", "terror", "regional", "jcpoa",
                              "arctic")),
    "ukraine_sovereignty": ("Ukraine's sovereignty", ("sovereignty", "territorial integrity")),
}
MIN_SCORE = 2  # a label cue alone, or two evidence cues
STOP = {"the", "a", "an", "of", "to", "and", "or", "for", "on", "in", "with", "be", "by", "that",
        "their", "its", "his", "her", "this", "at", "as", "from", "more", "new", "all", "any",
        "should", "must", "would", "could", "not", "no", "it", "is", "are", "was", "were"}


@dataclass
class IssueGroup:
    key: str
    label: str
    items: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({item["doc"] for item in self.items})

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "issue": self.label, "sources": self.sources,
                "items": self.items}


def _stem(word: str) -> str:
    word = word.casefold()
    for suffix in ("ation", "ions", "ion", "ing", "ies", "es", "s", "ed", "al"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _content(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z\-]+", text) if w.casefold() not in STOP}


def classify_issue(issue: str, evidence: str = "") -> str | None:
    """The taxonomy key that best fits a proposal, or None when no topic is clear."""
    label, sentence = issue.casefold(), evidence.casefold()
    best, best_score = None, 0
    for key, (_heading, cues) in TAXONOMY.items():
        score = 0
        for cue in cues:
            if cue in label:
                score += 2
            elif cue in sentence:
                score += 1
        if score > best_score:
            best, best_score = key, score
    return best if best_score >= MIN_SCORE else None


def group_proposals(analyses: Iterable[ArticleAnalysis], min_overlap: float = 0.5
                    ) -> list[IssueGroup]:
    """Proposals of all articles grouped by issue; groups with more sources come first."""
    groups: dict[str, IssueGroup] = {}
    loose: list[tuple[set[str], IssueGroup]] = []
    for analysis in analyses:
        doc = analysis.article.doc
        for proposal in analysis.proposals:
            item = _item(doc, proposal)
            key = classify_issue(proposal.issue, proposal.evidence)
            if key is not None:
                heading = TAXONOMY[key][0]
                groups.setdefault(key, IssueGroup(key=key, label=heading)).items.append(item)
                continue
            words = _content(proposal.issue)
            target = None
            for seen, group in loose:
                union = seen | words
                if union and len(seen & words) / len(union) >= min_overlap:
                    target = group
                    seen |= words
                    break
            if target is None:
                target = IssueGroup(key=f"other:{len(loose) + 1}", label=proposal.issue)
                loose.append((set(words), target))
            target.items.append(item)
    ordered = list(groups.values()) + [g for _, g in loose]
    ordered.sort(key=lambda g: (-len(g.sources), -len(g.items), g.label))
    return ordered


def _item(doc: str, p: Proposal) -> dict[str, Any]:
    return {"doc": doc, "proposer": p.proposer, "addressee": p.addressee, "issue": p.issue,
            "kind": p.kind, "evidence": p.evidence, "start": p.start, "end": p.end,
            "paragraph": p.paragraph}
