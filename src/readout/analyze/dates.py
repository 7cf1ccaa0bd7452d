"""Resolve date expressions against the article's publication date.

Returns ``YYYY-MM-DD`` when the text fixes the day, ``YYYY-MM`` when only the month is known,
and None otherwise: a date is never invented. Relative weekdays ("Thursday") point back for
reported events and forward for planned ones.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
MONTH_DAY = re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(\d{{4}}))?\b", re.I)
MONTH_YEAR = re.compile(rf"\b(?:in\s+|early\s+|late\s+|mid-?)?{_MONTH_RE}(?:\s+(\d{{4}}))?\b", re.I)
AGO = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                 r"(day|week|month|year)s?\s+ago\b", re.I)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "on the 16th", with no month and no noun after it ("the 20th century" is no day)
ORDINAL_DAY = re.compile(r"\bthe\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?[A-Za-z])",
                         re.I)
# holidays on one fixed day of the year (not "Christmas" alone: a season)
HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
            "new year's day": (1, 1), "new year's eve": (12, 31)}
HOLIDAY = re.compile(r"\b(christmas\s+day|christmas\s+eve|boxing\s+day|new\s+year['’]s\s+(?:day|eve))"
                     r"(?:,?\s+(?:of\s+)?(\d{4}))?\b", re.I)
WEEKDAY = re.compile(r"\b(last|next|this|on)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
RELATIVE = re.compile(r"\b(today|tonight|yesterday|tomorrow|(?:last|next|this)\s+(?:week|month|year)"
                      r"|(?:later|earlier)\s+(?:in\s+the|this)\s+week)\b", re.I)


# "the next day", "two days later", "the day before": a day counted from one the text named
# before. ("the day after the vote" counts from the vote, so "the day after/before" and "days
# before" stand only at a phrase's end.)
DAY_OFFSET = re.compile(
    r"\b(?:the\s+(next|following|previous|preceding)\s+day|"
    r"the\s+day\s+(after|before)(?=\s*(?:[.,;:!?)]|$))|"
    r"(a|an|one|two|three|four|five|six|\d)\s+days?\s+(later|earlier|afterwards?)|"
    r"(a|an|one|two|three|four|five|six|\d)\s+days?\s+(before)(?=\s*(?:[.,;:!?)]|$)))",
    re.I)
_BACKWARD = {"previous", "preceding", "before", "earlier"}


def day_offset(text: str) -> tuple[int, int] | None:
    """The days a phrase such as "the next day" or "two days later" counts from a day named
    before it (negative: back), and where the phrase starts; None when the text has none."""
    m = DAY_OFFSET.search(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2) or m.group(4) or m.group(6)).lower()
    count = m.group(3) or m.group(5)
    n = 1 if count is None else (_NUMBERS.get(count.lower()) or int(count))
    return (-n if word in _BACKWARD else n), m.start()


def shift_day(day: str | None, days: int) -> str | None:
    """A day ``days`` after (before, when negative) a YYYY-MM-DD day; None for a month."""
    when = parse_iso(day)
    return (when + timedelta(days=days)).isoformat() if when else None


# "in May", "last May", "early May": words before "may" that make it the month, not the verb
MAY_THE_MONTH = re.compile(r"\b(?:in|last|next|early|late|mid-?)\s*may\b", re.I)
# "in November last year", "December 7 of last year", "in March this year": a month (and
# day) whose year a relative phrase after it fixes
MONTH_THEN_YEAR = re.compile(rf"\b(?:{_MONTH_RE}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|"
                             rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE})"
                             rf",?\s+(?:of\s+)?(last|next|this)\s+year\b", re.I)
# Reporters name the year of a past date further back than this many days ...
NO_YEAR_NEEDED = 240
# ... so such a date read as past is taken as one this close ahead instead.
SOON = 45


def dates_nest(a: str, b: str) -> bool:
    """One ISO date lies within the other: the same day, a day in a month ("2024-07-07" in
    "2024-07"), a month in a year. Dates of one event told at different precision nest;
    dates of two events usually do not."""
    return a.startswith(b) or b.startswith(a)


def parse_iso(day: str | None) -> date | None:
    if not day or len(day) != 10:
        return None
    try:
        return date.fromisoformat(day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int | None, ref: date, future: bool) -> int:
    """The year that puts month/day closest to the reference, leaning to the tense."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            when = date(year, month, day or 15)
        except ValueError:
            continue
        delta = (when - ref).days
        # a month alone stands for its middle, so it needs slack; a reported day after the
        # publication day is impossible beyond a day or two of time zones and late dating
        slack = 20 if day is None else 1
        penalty = abs(delta) + (400 if (future and delta < -slack) or
                                (not future and delta > slack) else 0)
        candidates.append((penalty, year, delta))
    if not candidates:
        return ref.year
    best = min(candidates)
    if not future and best[2] < -NO_YEAR_NEEDED:
        # A past date named without its year lies within the last months; "January 10"
        # written on December 31 of a year ago would carry the year, so a date a few weeks
        # ahead is meant (the tense was misread, or the event is scheduled).
        ahead = [c for c in candidates if 0 < c[2] <= SOON]
        if ahead:
            return min(ahead, key=lambda c: c[2])[1]
    return best[1]


def resolve_date(expression: str, published: str | None, future: bool = False) -> str | None:
    """One date expression → YYYY-MM-DD / YYYY-MM / None, relative to ``published``."""
    text = expression.strip()
    ref = parse_iso(published)
    ref_month = published if published and len(published) == 7 else None
    if ref is None and ref_month is not None:
        # only the month of publication is known: month-level phrases still resolve
        return _month_only(text, ref_month, future)
    if (m := ISO.search(text)):
        return m.group(0)
    if ref is not None and (m := MONTH_THEN_YEAR.search(text)) and \
            "may" not in (m.group(1), m.group(2)):  # "prices may next year …": the verb
        # the relative year written out as a number, then read as any dated month
        year = ref.year + {"last": -1, "next": 1, "this": 0}[m.group(3).lower()]
        head = re.sub(r",?\s+(?:of\s+)?(?:last|next|this)\s+year$", "", m.group(0), flags=re.I)
        return resolve_date(f"{head} {year}", published, future)
    if (m := MONTH_DAY.search(text)):
        month, day = MONTHS[m.group(1).lower()[:3]], int(m.group(2))
        return _full(month, day, m.group(3), ref, future)
    if (m := DAY_MONTH.search(text)):
        month, day = MONTHS[m.group(2).lower()[:3]], int(m.group(1))
        return _full(month, day, m.group(3), ref, future)
    if (m := HOLIDAY.search(text)):
        name = re.sub(r"\s+", " ", m.group(1).lower().replace("’", "'"))
        month, day = HOLIDAYS[name]
        return _full(month, day, m.group(2), ref, future)
    if (m := ORDINAL_DAY.search(text)) and ref is not None:
        return _day_of_month(int(m.group(1)), ref, future)
    if (m := AGO.search(text)) and ref is not None:
        return _ago(m.group(1).lower(), m.group(2).lower(), ref)  # before "this week"
    if (m := RELATIVE.search(text)):
        return _relative(m.group(1).lower(), ref, ref_month)
    if (m := WEEKDAY.search(text)) and ref is not None:
        return _weekday(WEEKDAYS[m.group(2).lower()], (m.group(1) or "").lower(), ref, future)
    if (m := MONTH_YEAR.search(text)):
        word = m.group(1).lower()
        if word == "may" and not m.group(2) and \
                not MAY_THE_MONTH.search(text):
            return None  # the modal verb, not the month
        month = MONTHS[word[:3]]
        if m.group(2):
            return f"{int(m.group(2)):04d}-{month:02d}"
        if ref is None:
            return None
        qualified = _qualified_year(text, m.group(1), month, ref.year, ref.month)
        if qualified is not None:
            return f"{qualified:04d}-{month:02d}"
        return f"{_nearest_year(month, None, ref, future):04d}-{month:02d}"
    return None


# the expressions of a day (or of "next month"), in the order find_date_expression prefers them;
# a bare month ("in June") is read only when none of them stands in the text
DAY_PATTERNS = (ISO, MONTH_THEN_YEAR, MONTH_DAY, DAY_MONTH, HOLIDAY, ORDINAL_DAY, AGO, RELATIVE,
                WEEKDAY)


def find_date_expression(text: str) -> str | None:
    """The date expression ``resolve_date`` would read in ``text`` ("December 7", "Thursday",
    "next month"), found without a reference date, so an undated article keeps it."""
    found = None
    for pattern in DAY_PATTERNS:
        if (m := pattern.search(text)):
            found = m.group(0)
            break
    m = MONTH_YEAR.search(text)
    if found is None and m and not (m.group(1).lower() == "may" and not m.group(2)
                                    and not MAY_THE_MONTH.search(text)):
        found = m.group(0)
        qualifier = re.search(rf"\b(?:last|next)\s+(?={re.escape(m.group(1))}\b)", text, re.I)
        if qualifier is not None and not m.group(2):
            found = qualifier.group(0) + found.strip()  # "last November": a year back
    return re.sub(r"^(?:on|in)\s+", "", found.strip(), flags=re.I) if found else None


def last_date_expression(text: str) -> str | None:
    """The date expression standing last in ``text`` ("met on 2 June and again on Tuesday":
    "Tuesday"), the one a following "the next day" counts from."""
    best: tuple[int, int, str] | None = None
    for pattern in (*DAY_PATTERNS, MONTH_YEAR):
        for m in pattern.finditer(text):
            if pattern is MONTH_YEAR and m.group(1).lower() == "may" and not m.group(2) and \
                    not MAY_THE_MONTH.search(m.group(0)):
                continue  # the modal verb
            # the one ending last; of two ending together the longer ("18 April", not "April")
            key = (m.end(), -m.start(), m.group(0))
            if best is None or key[:2] > best[:2]:
                best = key
    return find_date_expression(best[2]) if best else None


def _day_of_month(day: int, ref: date, future: bool) -> str | None:
    """"the 16th": that day of the publication month, or of the month before (a past event
    later in the month than the article) or after (a planned one earlier in it)."""
    year, month = ref.year, ref.month
    if not future and day > ref.day + 1:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif future and day < ref.day:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _full(month: int, day: int, year: str | None, ref: date | None, future: bool) -> str | None:
    if year:
        y = int(year)
    elif ref is not None:
        y = _nearest_year(month, day, ref, future)
    else:
        return None
    try:
        return date(y, month, day).isoformat()
    except ValueError:
        return None


def _relative(word: str, ref: date | None, ref_month: str | None) -> str | None:
    if ref is None:
        return ref_month if word in ("this month",) else None
    if word in ("today", "tonight"):
        return ref.isoformat()
    if word == "yesterday":
        return (ref - timedelta(days=1)).isoformat()
    if word == "tomorrow":
        return (ref + timedelta(days=1)).isoformat()
    if word.endswith("month"):
        shift = {"last": -1, "next": 1, "this": 0}[word.split()[0]]
        month_index = ref.year * 12 + ref.month - 1 + shift
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    if word.endswith("week"):
        # A week fixes only the month, and only when the whole week lies in one month.
        # ("later in the week" is the week of the reference day)
        shift = {"last": -7, "next": 7}.get(word.split()[0], 0)
        monday = ref + timedelta(days=shift - ref.weekday())
        sunday = monday + timedelta(days=6)
        if monday.month == sunday.month:
            return f"{monday.year:04d}-{monday.month:02d}"
        return None
    return None


def _ago(count: str, unit: str, ref: date) -> str:
    """"two days ago" names a day; "a week ago", "three months ago", "one year ago" only a
    month (the span is rounded in speech)."""
    n = _NUMBERS.get(count) or int(count)
    if unit == "day":
        return (ref - timedelta(days=n)).isoformat()
    if unit == "week":
        return (ref - timedelta(days=7 * n)).isoformat()[:7]
    months = n if unit == "month" else 12 * n
    year, month = divmod(ref.year * 12 + ref.month - 1 - months, 12)
    return f"{year:04d}-{month + 1:02d}"


def _weekday(target: int, qualifier: str, ref: date, future: bool) -> str:
    if qualifier == "next" or (future and qualifier != "last"):
        ahead = (target - ref.weekday()) % 7
        if ahead == 0 and qualifier == "next":
            ahead = 7  # "will meet on Wednesday" written on a Wednesday: today
        return (ref + timedelta(days=ahead)).isoformat()
    back = (ref.weekday() - target) % 7
    if back == 0 and qualifier == "last":
        back = 7
    return (ref - timedelta(days=back)).isoformat()


def _qualified_year(text: str, word: str, target: int, year: int, month: int) -> int | None:
    """The year of "last November" / "next March" written in a given month: the latest such
    month before the current one, or the first after it ("last November" written in November
    is a year back). None when the month name has no such qualifier."""
    qualifier = re.search(rf"\b(last|next)\s+{re.escape(word)}\b", text, re.I)
    if qualifier is None:
        return None
    if qualifier.group(1).lower() == "last":
        return year if target < month else year - 1
    return year if target > month else year + 1


def _month_only(text: str, ref_month: str, future: bool) -> str | None:
    """Resolve against a publication month: "next month", "in June" (no day can be fixed)."""
    year, month = int(ref_month[:4]), int(ref_month[5:7])
    if (m := RELATIVE.search(text)) and m.group(1).lower().endswith("month"):
        shift = {"last": -1, "next": 1, "this": 0}[m.group(1).lower().split()[0]]
        index = year * 12 + month - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if MONTH_DAY.search(text) or DAY_MONTH.search(text) or WEEKDAY.search(text):
        return None
    if (m := MONTH_YEAR.search(text)):
        word = m.group(1).lower()
        if word == "may" and not m.group(2) and not MAY_THE_MONTH.search(text):
            return None
        target = MONTHS[word[:3]]
        if m.group(2):
            return f"{int(m.group(2)):04d}-{target:02d}"
        qualified = _qualified_year(text, m.group(1), target, year, month)
        if qualified is not None:
            return f"{qualified:04d}-{target:02d}"
        ref = date(year, month, 15)
        return f"{_nearest_year(target, None, ref, future):04d}-{target:02d}"
    return None
