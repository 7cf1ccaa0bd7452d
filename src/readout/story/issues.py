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
                        "eastward", "expansion", "buffer", "neutral", "alliance",
                        "join the alliance", "joining the alliance", "joining nato")),
    "security_guarantees": ("Security guarantees and European security architecture",
                            ("guarantee", "security architecture", "security deal",
                             "security concession",
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
                              "arctic", "nuclear deal", "nuclear agreement", "nuclear accord",
                              "iran deal")),
    "ukraine_sovereignty": ("Ukraine's sovereignty", ("sovereignty", "territorial integrity")),
    "ceasefire_hostages": ("Cease-fire, truce and hostages",
                           ("cease-fire", "ceasefire", "truce", "hostage", "captive",
                            "prisoner exchange", "prisoner swap", "armistice",
                            "end to the fighting", "end the war")),
    "taiwan": ("Taiwan", ("taiwan", "strait", "one-china", "one china")),
}
# Topics whose cues are common words that other topics share ("membership" of the EU,
# "expansion" of enrichment, a "referendum" on a deal): they count only when one of these
# anchors is in the label or the sentence.
ANCHORS: dict[str, tuple[str, ...]] = {
    "nato_expansion": ("nato", "alliance", "eastward", "open door", "ukrain", "georgia",
                       "neutral", "buffer", "kiev", "kyiv"),
    "crimea": ("crimea", "annex", "sevastopol"),
}
# Cues that are titles of those who speak as often as of what is proposed ("U.S. envoy Amos
# Hochstein urged …"): they count in the issue label only ("send an envoy to Moscow")
LABEL_ONLY_CUES = {"envoy", "emissary"}
# Cues in capitals, matched as written: the treaty "New START", not "a new start"
CASED_CUES: dict[str, tuple[str, ...]] = {"arms_control": ("START", "INF", "CTBT")}
MIN_SCORE = 2  # a label cue alone, or two evidence cues
# words that begin like a cue and mean something else
FALSE_FRIENDS = ("determin", "deterior", "neutraliz", "neutralis")
# Verbs any proposal may use: alone they say nothing of its topic ("accept it", "address a
# broader agenda" is about an agenda), so they never make two labels similar.
GENERIC_VERBS = {"accept", "agree", "avoid", "address", "consider", "discuss", "make", "take",
                 "give", "get", "do", "start", "try", "seek", "indicate", "propose", "offer",
                 "stop", "keep", "need", "have", "go", "come", "put", "let", "allow", "help",
                 "work", "continue", "begin", "ensure", "pursue", "support", "back", "reject",
                 "refuse", "call", "urge", "ask", "demand", "insist", "press", "push", "use",
                 "find", "show", "remain", "become", "also", "just", "only", "even", "still"}
STOP = {"the", "a", "an", "of", "to", "and", "or", "for", "on", "in", "with", "be", "by", "that",
        "their", "its", "his", "her", "this", "at", "as", "from", "more", "new", "all", "any",
        "should", "must", "would", "could", "not", "no", "it", "is", "are", "was", "were"}


PRONOUNS = {"it", "they", "them", "he", "him", "she", "us", "we", "you", "i", "me", "one",
            "these", "those", "what", "which", "who", "there"}


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
    # ("broader" and "broad", "talks" and "talk" meet; both sides are cut alike)
    for suffix in ("ation", "ions", "ion", "ing", "ies", "er", "es", "s", "ed", "al"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _content(text: str) -> set[str]:
    """The stems that say what a label is about: no function words, no generic verbs of
    proposing or doing, no pronouns."""
    return {_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z\-]+", text)
            if w.casefold() not in STOP | GENERIC_VERBS | PRONOUNS}


def _has_cue(cue: str, text: str) -> bool:
    """A cue at the start of a word ("escalat" in "de-escalation", "iran" in "Iranian"), not
    inside one, and not a word that merely begins like it ("deter" is no cue in "determine"
    or "deterioration")."""
    # ("arms-control" and "arms control", "cease fire", "cease-fire" and "ceasefire" meet)
    pattern = "".join(r"[\s\-]?" if ch in " -" else re.escape(ch) for ch in cue)
    for match in re.finditer(r"(?<![a-z])" + pattern, text):
        word = re.match(r"[a-z\-]*", text[match.start():])
        if word is None or not word.group(0).startswith(FALSE_FRIENDS):
            return True
    return False


def classify_issue(issue: str, evidence: str = "", min_score: int = MIN_SCORE) -> str | None:
    """The taxonomy key that best fits a proposal, or None when no topic is clear."""
    label, sentence = issue.casefold(), evidence.casefold()
    best, best_score = None, (0, 0)
    for key, (_heading, cues) in TAXONOMY.items():
        if key in ANCHORS and not any(_has_cue(a, label) or _has_cue(a, sentence)
                                      for a in ANCHORS[key]):
            continue
        score = hits = 0
        # one hit for the spellings of one cue ("cease-fire" and "ceasefire" are one word)
        spellings = {re.sub(r"[\s\-]", "", cue): cue for cue in reversed(cues)}
        for cue in cues:
            if spellings[re.sub(r"[\s\-]", "", cue)] != cue:
                continue
            if _has_cue(cue, label):
                score += 2
                hits += 1
            elif cue not in LABEL_ONLY_CUES and _has_cue(cue, sentence):
                score += 1
                hits += 1
        for cue in CASED_CUES.get(key, ()):
            word = re.compile(rf"(?<![\w-]){cue}(?![\w-])")
            if word.search(issue):
                score += 2
                hits += 1
            elif word.search(evidence):
                score += 1
                hits += 1
        # on equal weight, the topic more distinct cues speak for ("private citizens should
        # be meeting": 'meeting' in the label against 'private citizens' and 'visa' around it)
        if (score, hits) > best_score:
            best, best_score = key, (score, hits)
    return best if best_score[0] >= min_score else None


def group_proposals(analyses: Iterable[ArticleAnalysis], min_overlap: float = 0.5
                    ) -> list[IssueGroup]:
    """Proposals of all articles grouped by issue; groups with more sources come first."""
    groups: dict[str, IssueGroup] = {}
    loose: list[tuple[set[str], IssueGroup]] = []
    # the paragraph topic of each proposal of a loose group (see _paragraph_topic)
    nearby: dict[int, list[str | None]] = {}
    for analysis in analyses:
        doc = analysis.article.doc
        keys = [classify_issue(p.issue, p.evidence) for p in analysis.proposals]
        for proposal, key in zip(analysis.proposals, keys, strict=True):
            item = _item(doc, proposal)
            if key is not None:
                heading = TAXONOMY[key][0]
                groups.setdefault(key, IssueGroup(key=key, label=heading)).items.append(item)
                continue
            words = _content(proposal.issue)
            target = None
            # a label with nothing specific ("accept it") stays on its own
            for seen, group in (loose if words else []):
                union = seen | words
                if union and len(seen & words) / len(union) >= min_overlap:
                    target = group
                    seen |= words
                    break
            if target is None:
                target = IssueGroup(key=f"other:{len(loose) + 1}", label=proposal.issue)
                loose.append((set(words), target))
            nearby.setdefault(id(target), []).append(
                _paragraph_topic(proposal, analysis.proposals, keys))
            target.items.append(item)
    kept = []
    for _, group in loose:
        topics = set(nearby.get(id(group), [None]))
        topic = topics.pop() if len(topics) == 1 else None
        if topic is not None:
            # under a label of their own, they go where their paragraphs' other proposals are
            # ("Biden should offer U.S. participation, and Putin should accept it": the two
            # labels meet, and the paragraph is about Minsk)
            groups.setdefault(topic, IssueGroup(key=topic, label=TAXONOMY[topic][0])
                              ).items.extend(group.items)
        else:
            kept.append(group)
    ordered = list(groups.values()) + kept
    ordered.sort(key=lambda g: (-len(g.sources), -len(g.items), g.label))
    return ordered


def _paragraph_topic(proposal: Proposal, proposals: list[Proposal],
                     keys: list[str | None]) -> str | None:
    """The topic of the other proposals of the same paragraph when they have exactly one (or
    the proposal's own weaker one):
    "Revival of the Minsk process. Biden should offer U.S. participation, and Putin should
    accept it." puts the offer under the Minsk heading, where a reader looks for it."""
    if proposal.paragraph is None:
        return None
    around = {k for p, k in zip(proposals, keys, strict=True)
              if k is not None and p is not proposal and p.paragraph == proposal.paragraph}
    if len(around) != 1:
        return None
    # a cue of its own sentence, however weak, says more than the neighbours ("reverse the
    # reduction in the number of diplomats" beside a call for contact: the diplomats)
    return classify_issue(proposal.issue, proposal.evidence, min_score=1) or around.pop()


def _item(doc: str, p: Proposal) -> dict[str, Any]:
    return {"doc": doc, "proposer": p.proposer, "addressee": p.addressee, "issue": p.issue,
            "kind": p.kind, "evidence": p.evidence, "start": p.start, "end": p.end,
            "paragraph": p.paragraph}
