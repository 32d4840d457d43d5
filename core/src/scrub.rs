//! Spotting details in free text that could identify someone, so they can be shown to the writer
//! and replaced before a quote is kept.
//!
//! The same code runs on the phone (as WebAssembly) and on the server, so it is hand-written
//! scanning rather than a regex engine: small, and one behaviour everywhere. It errs towards
//! missing an odd format rather than flagging ordinary talk about services, waiting times, ages
//! and money, because every false alarm teaches people to click past the warning.

/// What a found part is replaced with: visibly a removal, so nobody mistakes it for the text.
pub const REMOVED: &str = "[removed]";

/// What kind of identifying detail was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Email,
    Phone,
    NhsNumber,
    NiNumber,
    Postcode,
    Address,
}

impl Kind {
    /// Stable names, so the server and the widget label a finding the same way.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Phone => "phone",
            Kind::NhsNumber => "nhs-number",
            Kind::NiNumber => "ni-number",
            Kind::Postcode => "postcode",
            Kind::Address => "address",
        }
    }
}

/// One match: byte range into the text (on char boundaries), non-overlapping, sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// Street words that are rarely anything else, so they count in lower case ("12a high street").
const STREETS: &str = "road street avenue lane crescent mews";
/// Street words that are also everyday English ("1 good place") or short enough to be part of
/// another word ("st-marys"), so they count only capitalised.
const STREETS_IF_CAPITAL: &str = "rd st ave ln close drive dr way court ct place pl gardens \
    terrace grove hill square walk row parade view rise";
/// After a number these say how much, not where: "10 minutes walk", "flat 3 weeks".
const MEASURES: &str = "minute minutes min mins hour hours hr hrs day days week weeks month months \
    year years yr yrs mile miles km time times star stars people person percent pound pounds \
    night nights session sessions";
/// Words that end a street name: "2 doors down the road" is directions, not an address.
const NOT_NAMES: &str = "a an and or of to in at on by for from up down along across off over \
    past round around near other more different doors";
/// Words that introduce a flat number.
const FLATS: &str = "flat apartment apt";

/// Every identifying detail in `text`, sorted and non-overlapping. Where two rules claim
/// overlapping text, the one starting first wins, then the longer.
pub fn find(text: &str) -> Vec<Found> {
    let mut all = Vec::new();
    emails(text, &mut all);
    numbers(text, &mut all);
    let words = Words::new(text);
    for i in 0..words.spans.len() {
        let start = words.spans[i].0;
        let mut add = |kind, end: Option<usize>| {
            if let Some(end) = end {
                all.push(Found { kind, start, end });
            }
        };
        add(Kind::NiNumber, words.ni_number(i));
        add(Kind::Postcode, words.postcode(i));
        add(Kind::Address, words.street(i).or_else(|| words.flat(i)));
    }
    all.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut out: Vec<Found> = Vec::with_capacity(all.len());
    for f in all {
        if out.last().is_none_or(|last| f.start >= last.end) {
            out.push(f);
        }
    }
    out
}

/// The text with every found part replaced by [`REMOVED`]. Parts that overlap an earlier one or
/// do not fall on char boundaries are left alone, so a stale list cannot cause a panic.
pub fn remove(text: &str, found: &[Found]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in found {
        if f.start < at || text.get(f.start..f.end).is_none() {
            continue;
        }
        out.push_str(&text[at..f.start]);
        out.push_str(REMOVED);
        at = f.end;
    }
    out.push_str(&text[at..]);
    out
}

fn listed(list: &str, word: &str) -> bool {
    list.split_ascii_whitespace()
        .any(|w| w.eq_ignore_ascii_case(word))
}

fn glued(c: Option<char>) -> bool {
    c.is_some_and(word_char)
}

/// A letter or digit in any script, closely enough: ASCII letters and digits, and anything
/// beyond ASCII that is not common punctuation or space. Rust's own `is_alphanumeric` would
/// bring Unicode's tables into the widget's wasm (several KB) for no better answers here.
fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && !punctuation(c))
}

fn letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && !punctuation(c))
}

/// Punctuation and spaces outside ASCII that people type: Latin-1's («» ¿ no-break space),
/// general punctuation (’ “ ” – — …), Arabic, Urdu and Devanagari full stops and commas, CJK
/// and full-width marks.
fn punctuation(c: char) -> bool {
    matches!(c,
        '\u{a0}'..='\u{bf}'
        | '\u{d7}'
        | '\u{f7}'
        | '\u{2000}'..='\u{206f}'
        | '\u{3000}'..='\u{303f}'
        | '\u{ff00}'..='\u{ff0f}'
        | '\u{ff1a}'..='\u{ff20}'
        | '\u{60c}'
        | '\u{61b}'
        | '\u{61f}'
        | '\u{6d4}'
        | '\u{964}'
        | '\u{965}')
}

/// Letters in any script count, so an internationalised address is not half-removed.
fn emails(text: &str, out: &mut Vec<Found>) {
    let local = |c: char| word_char(c) || "._%+-_".contains(c);
    let host = |c: char| word_char(c) || c == '.' || c == '-';
    for (at, _) in text.match_indices('@') {
        let before = &text[..at];
        let mut start = before.trim_end_matches(local).len();
        start += before[start..].len() - before[start..].trim_start_matches('.').len();
        let after = &text[at + 1..];
        let domain = &after[..after.len() - after.trim_start_matches(host).len()];
        // A full stop or dash after the address usually ends the sentence, not the domain.
        let domain = domain.trim_end_matches(['.', '-']);
        let tld = domain.rsplit('.').next().unwrap_or("");
        if start < at
            && domain.contains('.')
            && !domain.starts_with(['.', '-'])
            && !domain.contains("..")
            && tld.len() >= 2
            && tld.bytes().all(|c| c.is_ascii_alphabetic())
        {
            let end = at + 1 + domain.len();
            out.push(Found {
                kind: Kind::Email,
                start,
                end,
            });
        }
    }
}

/// Digit groups joined by the separators people put in phone numbers: `)`, then one of space,
/// dot or hyphen, then `(`, each optional. ". " is not a separator, so a number ending a
/// sentence does not run into the next one.
fn numbers(text: &str, out: &mut Vec<Found>) {
    let b = text.as_bytes();
    let digits_from = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        if glued(text[..i].chars().next_back()) {
            i = digits_from(i);
            continue;
        }
        let mut groups = Vec::new();
        let mut s = i;
        loop {
            let e = digits_from(s);
            groups.push((s, e));
            let mut n = e;
            n += usize::from(b.get(n) == Some(&b')'));
            n += usize::from(matches!(b.get(n), Some(b' ' | b'.' | b'-')));
            n += usize::from(b.get(n) == Some(&b'('));
            if n == e || !b.get(n).is_some_and(u8::is_ascii_digit) || groups.len() == 12 {
                break;
            }
            s = n;
        }
        i = groups[groups.len() - 1].1;
        // A match may start at any group and end at any later one: the longest that fits wins.
        let mut g = 0;
        while g < groups.len() {
            let best = (g..groups.len()).rev().find_map(|h| {
                let (start, end) = (groups[g].0, groups[h].1);
                let kind = number_kind(b, &groups[g..=h])?;
                (!glued(text[end..].chars().next())).then_some((kind, start, end, h))
            });
            let Some((kind, mut start, end, h)) = best else {
                g += 1;
                continue;
            };
            let closed = b.get(groups[g].1) == Some(&b')');
            if start > 0 && (b[start - 1] == b'+' || b[start - 1] == b'(' && closed) {
                start -= 1;
            }
            out.push(Found { kind, start, end });
            g = h + 1;
        }
    }
}

/// Whether these digit groups make an NHS number or a UK phone number someone could be reached on.
fn number_kind(b: &[u8], groups: &[(usize, usize)]) -> Option<Kind> {
    let mut d = [0u8; 14];
    let mut n = 0;
    for &(s, e) in groups {
        for &c in &b[s..e] {
            *d.get_mut(n)? = c - b'0';
            n += 1;
        }
    }
    let d = &d[..n];
    let len = |k: usize| groups[k].1 - groups[k].0;
    let plus = groups[0].0 > 0 && b[groups[0].0 - 1] == b'+';
    let nhs_shape = match groups.len() {
        1 => n == 10,
        3 => {
            let sep = b[groups[0].1];
            n == 10
                && len(0) == 3
                && len(1) == 3
                && matches!(sep, b' ' | b'-')
                && groups[1].0 == groups[0].1 + 1
                && groups[2].0 == groups[1].1 + 1
                && b[groups[1].1] == sep
        }
        _ => false,
    };
    if nhs_shape && !plus && nhs_valid(d) {
        return Some(Kind::NhsNumber);
    }
    let (intl, rest) = match d {
        [4, 4, rest @ ..] if plus => (true, rest),
        [0, 0, 4, 4, rest @ ..] => (true, rest),
        _ if plus => return None,
        _ => (false, d),
    };
    // After the trunk 0, which "+44 (0)" may keep and "+44" drops.
    let national = if intl {
        rest.strip_prefix(&[0]).unwrap_or(rest)
    } else {
        rest.strip_prefix(&[0])?
    };
    // Area codes are written whole ("0161", "020"), which rules out dates like "01.02.2024".
    let grouped = (0..groups.len()).all(|k| len(k) >= 2 || b[groups[k].0] == b'0' && intl)
        && (intl || len(0) >= 3);
    let reachable = match national {
        [7, ..] => national.len() == 10,
        [1 | 2, ..] => (9..=10).contains(&national.len()),
        _ => false,
    };
    (grouped && reachable).then_some(Kind::Phone)
}

/// The NHS modulus 11 check: weights 10 down to 2, and a check digit of 10 is never issued.
fn nhs_valid(d: &[u8]) -> bool {
    if d.len() != 10 {
        return false;
    }
    let sum: u32 = d[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(&c, w)| u32::from(c) * w)
        .sum();
    let check = (11 - sum % 11) % 11;
    check != 10 && u32::from(d[9]) == check
}

/// Words as maximal runs of letters and digits (apostrophes inside count, so "Mary's" is one),
/// which gives word boundaries in any script for free.
struct Words<'a> {
    text: &'a str,
    spans: Vec<(usize, usize)>,
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        let mut spans = Vec::new();
        let mut start = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let inner =
                matches!(c, '\'' | '’') && start.is_some() && glued(chars.peek().map(|&(_, n)| n));
            if word_char(c) || inner {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                spans.push((s, i));
            }
        }
        if let Some(s) = start {
            spans.push((s, text.len()));
        }
        Words { text, spans }
    }

    fn word(&self, k: usize) -> &'a str {
        self.spans.get(k).map_or("", |&(s, e)| &self.text[s..e])
    }

    fn end(&self, k: usize) -> usize {
        self.spans[k].1
    }

    /// What separates word `k` from word `k - 1`.
    fn gap(&self, k: usize) -> Option<&'a str> {
        let (a, b) = (self.spans.get(k.wrapping_sub(1))?, self.spans.get(k)?);
        Some(&self.text[a.1..b.0])
    }

    /// Whether word `k` follows word `k - 1` after nothing but spaces (`exact`: one space).
    fn spaced(&self, k: usize, exact: bool) -> bool {
        self.gap(k).is_some_and(|g| {
            if exact {
                g == " "
            } else {
                !g.is_empty() && g.bytes().all(|c| c == b' ')
            }
        })
    }

    /// Two letters, six digits and A–D, split by single spaces anywhere ("AB 12 34 56 C").
    fn ni_number(&self, i: usize) -> Option<usize> {
        let mut buf = [0u8; 9];
        let mut n = 0;
        let mut k = i;
        loop {
            let w = self.word(k).as_bytes();
            if (k > i && !self.spaced(k, true)) || n + w.len() > 9 {
                return None;
            }
            buf[n..n + w.len()].copy_from_slice(w);
            n += w.len();
            if n == 9 {
                break;
            }
            k += 1;
        }
        let u = buf.map(|c| c.to_ascii_uppercase());
        let valid = u[..2].iter().all(u8::is_ascii_uppercase)
            && !b"DFIQUV".contains(&u[0])
            && !b"DFIOQUV".contains(&u[1])
            && !b"BG GB KN NK NT TN ZZ".chunks(3).any(|p| p[..2] == u[..2])
            && u[2..8].iter().all(u8::is_ascii_digit)
            && (b'A'..=b'D').contains(&u[8]);
        valid.then(|| self.end(k))
    }

    /// A full postcode, outward and inward code, with one space or none. Letters barred from each
    /// position are rejected, which also keeps times such as "3pm" from passing as inward codes.
    fn postcode(&self, i: usize) -> Option<usize> {
        let w = self.word(i).as_bytes();
        if (5..=7).contains(&w.len()) && outward(&w[..w.len() - 3]) && inward(&w[w.len() - 3..]) {
            return Some(self.end(i));
        }
        (self.spaced(i + 1, true) && outward(w) && inward(self.word(i + 1).as_bytes()))
            .then(|| self.end(i + 1))
    }

    /// A house number, one to three name words and a street word: "14 Acacia Avenue". The
    /// longest reading wins, so "14 Church Hill Road" is not cut short at "Hill".
    fn street(&self, i: usize) -> Option<usize> {
        if !house_number(self.word(i)) {
            return None;
        }
        // "12-14 High Street": the range is one house number.
        let ranged = matches!(self.gap(i + 1), Some("-" | "–")) && house_number(self.word(i + 1));
        let i = i + usize::from(ranged);
        let mut end = None;
        for n in 1..=3 {
            let name = self.word(i + n);
            let named = name.chars().all(|c| letter(c) || matches!(c, '\'' | '’'))
                && !listed(MEASURES, name)
                && !listed(NOT_NAMES, name)
                && (n == 1 || !name.eq_ignore_ascii_case("the"));
            if !self.spaced(i + n, false) || !named {
                break;
            }
            let street = self.word(i + n + 1);
            let capital = street.starts_with(|c: char| c.is_ascii_uppercase());
            if self.spaced(i + n + 1, false)
                && (listed(STREETS, street) || capital && listed(STREETS_IF_CAPITAL, street))
            {
                end = Some(self.end(i + n + 1));
            }
        }
        end
    }

    /// "Flat 4", or the whole "Flat 4 High Street"; but "flat 3 weeks" is a mood, not a home.
    fn flat(&self, i: usize) -> Option<usize> {
        let number = i + 1;
        let ok = listed(FLATS, self.word(i))
            && self.spaced(number, false)
            && house_number(self.word(number))
            && !(self.spaced(number + 1, false) && listed(MEASURES, self.word(number + 1)));
        ok.then(|| self.street(number).unwrap_or(self.end(number)))
    }
}

/// 1–4 digits and an optional letter: "14", "12a".
fn house_number(w: &str) -> bool {
    let d = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=4).contains(&d)
        && (w.len() == d || w.len() == d + 1 && w.as_bytes()[d].is_ascii_alphabetic())
}

fn fits(w: &[u8], shape: &str) -> bool {
    w.len() == shape.len()
        && w.iter().zip(shape.bytes()).all(|(c, s)| {
            if s == b'9' {
                c.is_ascii_digit()
            } else {
                c.is_ascii_alphabetic()
            }
        })
}

fn outward(w: &[u8]) -> bool {
    ["A9", "A99", "AA9", "A9A", "AA99", "AA9A"]
        .iter()
        .any(|s| fits(w, s))
        && !b"QVX".contains(&w[0].to_ascii_uppercase())
        && !b"IJZ".contains(&w[1].to_ascii_uppercase())
}

fn inward(w: &[u8]) -> bool {
    fits(w, "9AA")
        && w[1..]
            .iter()
            .all(|c| !b"CIKMOV".contains(&c.to_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::Kind::*;
    use super::*;

    /// Checks the invariants every caller relies on, then returns just the kinds.
    fn kinds(text: &str) -> Vec<Kind> {
        let found = find(text);
        for pair in found.windows(2) {
            assert!(
                pair[0].end <= pair[1].start,
                "overlap in {text:?}: {found:?}"
            );
        }
        for f in &found {
            assert!(f.start < f.end, "empty match in {text:?}");
            assert!(
                text.get(f.start..f.end).is_some(),
                "not on char boundaries in {text:?}"
            );
        }
        found.iter().map(|f| f.kind).collect()
    }

    fn removed(text: &str) -> String {
        remove(text, &find(text))
    }

    /// Independent of the scanner's own check, so a shared mistake cannot hide.
    fn nhs_check_digit(nine: &str) -> Option<u32> {
        let sum: u32 = nine
            .chars()
            .enumerate()
            .map(|(i, c)| c.to_digit(10).unwrap() * (10 - i as u32))
            .sum();
        match 11 - sum % 11 {
            11 => Some(0),
            10 => None,
            d => Some(d),
        }
    }

    const TRUE_POSITIVES: &[(&str, &[Kind])] = &[
        ("email me at jo.bloggs+forms@example.co.uk.", &[Email]),
        ("my_name@mail-server.org is my work one", &[Email]),
        ("my number is 07700 900123", &[Phone]),
        ("ring 07700900123 after 6", &[Phone]),
        ("text me on 07700-900-123", &[Phone]),
        ("+44 7700 900123", &[Phone]),
        ("+44 (0)7700 900123", &[Phone]),
        ("+447700900123", &[Phone]),
        ("0044 7700 900 123", &[Phone]),
        ("call (0161) 496 0000 any time", &[Phone]),
        ("020 7946 0000 is the house phone", &[Phone]),
        ("+44 (0) 20 7946 0000", &[Phone]),
        ("landline 01632-960-001", &[Phone]),
        ("0113.496.0000", &[Phone]),
        ("(07700 900123)", &[Phone]),
        ("(07700900123", &[Phone]),
        ("my NHS number is 943 476 5919", &[NhsNumber]),
        ("9434765919", &[NhsNumber]),
        ("943-476-5919 on the letter", &[NhsNumber]),
        ("NI number AB 12 34 56 C", &[NiNumber]),
        ("ni: ab123456c", &[NiNumber]),
        ("JG 103759 A", &[NiNumber]),
        ("SW1A 1AA", &[Postcode]),
        ("up in m1 1ae now", &[Postcode]),
        ("B33 8TH", &[Postcode]),
        ("CR2 6XH", &[Postcode]),
        ("DN55 1PT", &[Postcode]),
        ("EC1A 1BB", &[Postcode]),
        ("W1A 0AX", &[Postcode]),
        ("sw1a1aa", &[Postcode]),
        ("I live at 14 Acacia Avenue", &[Address]),
        ("12a high street", &[Address]),
        ("5 Hill Rise", &[Address]),
        ("14 Church Hill Road", &[Address]),
        ("12-14 High Street", &[Address]),
        ("2 The Grove, Leeds", &[Address]),
        ("Flat 4, the block by the park", &[Address]),
        ("flat 3b", &[Address]),
        ("Flat 2 14 St Mary's Road", &[Address, Address]),
        (
            "Write to jo@example.com or ring 07700 900123, I'm at 3 Mill Lane, LS1 4AP. \
             NHS 943 476 5919, NI AB123456C",
            &[Email, Phone, Address, Postcode, NhsNumber, NiNumber],
        ),
        (
            "Fy rhif ffôn yw 07700 900123, côd post CF10 1AA",
            &[Phone, Postcode],
        ),
        ("رقمي 07700900123 شكرا", &[Phone]),
        ("Mój e-mail: łukasz@przykład.pl, dziękuję", &[Email]),
        ("Zażółć 943 476 5919 gęślą jaźń", &[NhsNumber]),
    ];

    const FALSE_POSITIVES: &[&str] = &[
        "",
        "Ring 111 or 999 in an emergency",
        "Samaritans on 116 123, free, any time",
        "NHS 116 117 out of hours",
        "Call Mind on 0300 123 3393",
        "Childline 0800 1111",
        "helpline 0800 58 58 58",
        "0845 46 47",
        "09012 345678",
        "I waited 10 weeks",
        "Between 2019 and 2021 things got worse",
        "aged 45, waited 18 months",
        "it cost £1,250.00 a month",
        "seen on 01 02 2024 10 30 and 01.02.2024",
        "1234567890",
        "943 476 5918",
        "07700 9001",
        "ID 123456789012345",
        "QQ123456C",
        "AB123456E",
        "5 stars, would recommend",
        "2 days",
        "3 times a week",
        "10 minutes walk from the station",
        "a 5 minute Walk",
        "St Mary's café was lovely",
        "Idea 8 via st-marys-cafe",
        "came 3 times to the st marys group",
        "Room 101",
        "the M1 and the B33 area",
        "I'm in the LS1 area",
        "came off the M6 5pm",
        "2 doors down the road",
        "found 1 good place to talk",
        "my 2 sisters walk me there",
        "I've felt flat 3 days running",
        "@username on twitter",
        "email at example.com",
        "a@b",
        "rated 4.5 out of 5",
        "the number 10 bus",
        "1st Avenue of help",
        "Dw i'n 16 oed ac rwy'n aros 3 mis",
        "انتظرت 10 أسابيع",
        "Czekałem 2 tygodnie, 2024",
    ];

    #[test]
    fn true_positives_are_found() {
        assert!(TRUE_POSITIVES.len() >= 25);
        for (text, expected) in TRUE_POSITIVES {
            assert_eq!(kinds(text), *expected, "in {text:?}");
        }
    }

    #[test]
    fn false_positives_are_not() {
        assert!(FALSE_POSITIVES.len() >= 25);
        for text in FALSE_POSITIVES {
            assert_eq!(kinds(text), [], "in {text:?}");
        }
    }

    #[test]
    fn removes_exactly_the_found_parts() {
        let cases = [
            ("email me at jo@example.com.", "email me at [removed]."),
            ("+44 (0)7700 900123", "[removed]"),
            ("call (0161) 496 0000 any time", "call [removed] any time"),
            ("(07700 900123)", "([removed])"),
            ("I live at 14 Acacia Avenue", "I live at [removed]"),
            ("Flat 4, the block", "[removed], the block"),
            ("flat 3 High Street", "[removed]"),
            ("at 12-14 High Street.", "at [removed]."),
            ("NI number AB 12 34 56 C.", "NI number [removed]."),
            (
                "Fy rhif ffôn yw 07700 900123, côd post CF10 1AA",
                "Fy rhif ffôn yw [removed], côd post [removed]",
            ),
            ("رقمي 07700900123 شكرا", "رقمي [removed] شكرا"),
            (
                "Mój e-mail: łukasz@przykład.pl, dziękuję",
                "Mój e-mail: [removed], dziękuję",
            ),
            ("", ""),
        ];
        for (text, want) in cases {
            assert_eq!(removed(text), want, "in {text:?}");
        }
    }

    #[test]
    fn nhs_numbers_need_a_valid_check_digit() {
        assert_eq!(nhs_check_digit("943476591"), Some(9));
        // 1234567890's check digit would be 10, which is never issued.
        assert_eq!(nhs_check_digit("123456789"), None);
        for nine in ["401023213", "485777302", "700000001"] {
            let check = nhs_check_digit(nine).unwrap();
            for last in 0..10 {
                let text = format!("NHS {nine}{last}");
                let want: &[Kind] = if last == check { &[NhsNumber] } else { &[] };
                assert_eq!(kinds(&text), want, "in {text:?}");
            }
        }
    }

    #[test]
    fn a_failed_check_is_still_a_phone_if_it_dials() {
        // 10 digits from 01: a landline, whatever the NHS check says.
        assert_eq!(kinds("01632 96000"), [Phone]);
        assert!(nhs_check_digit("016329600").is_some_and(|d| d != 0));
        assert_eq!(kinds("0163296000"), [Phone]);
    }

    #[test]
    fn overlapping_rules_keep_the_earliest_then_longest() {
        assert_eq!(kinds("07700900123@example.com"), [Email]);
        let text = "flat 3 High Street";
        assert_eq!(
            find(text),
            [Found {
                kind: Address,
                start: 0,
                end: text.len()
            }]
        );
    }

    #[test]
    fn ranges_point_at_the_matched_text() {
        let text = "Côd: SW1A 1AA — ffôn 07700 900123";
        let found = find(text);
        let parts: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(parts, ["SW1A 1AA", "07700 900123"]);
    }

    #[test]
    fn a_stale_list_is_ignored_rather_than_panicking() {
        let text = "ffôn";
        let bad = [
            Found {
                kind: Phone,
                start: 2,
                end: 3,
            },
            Found {
                kind: Phone,
                start: 3,
                end: 99,
            },
        ];
        assert_eq!(remove(text, &bad), text);
    }

    /// Odd mixtures of digits, separators and multi-byte letters must never panic or split a char.
    #[test]
    fn short_three_group_numbers_are_not_nhs_numbers() {
        // Every shape of up to four digit groups of 1 to 5 digits, with each separator.
        for shape in 0..(5usize.pow(4) * 4usize.pow(3)) {
            let mut text = String::new();
            let mut rest = shape;
            let mut digit = 0u8;
            for g in 0..4 {
                for _ in 0..=rest % 5 {
                    text.push(char::from(b'0' + digit % 10));
                    digit += 7;
                }
                rest /= 5;
                if g < 3 {
                    text.push_str(["", " ", "-", "."][rest % 4]);
                    rest /= 4;
                }
            }
            for f in find(&text) {
                assert!(f.start < f.end && f.end <= text.len(), "{text}");
            }
        }
        for text in ["123 456 78", "123-456-7", "999 999 9", "123 456 78901"] {
            let _ = find(text);
        }
        assert!(find("123 456 78").is_empty());
    }

    #[test]
    fn arbitrary_text_never_panics() {
        let alphabet: Vec<char> = "0123456789 07+()-.@aAbQzSW1é’'łقr\n".chars().collect();
        let mut seed = 0x2545_f491_u32;
        for _ in 0..20_000 {
            let len = (seed >> 8) as usize % 24;
            let text: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    alphabet[seed as usize % alphabet.len()]
                })
                .collect();
            kinds(&text);
            removed(&text);
        }
    }

    #[test]
    fn kind_names_are_stable() {
        let all = [Email, Phone, NhsNumber, NiNumber, Postcode, Address];
        let names: Vec<_> = all.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "email",
                "phone",
                "nhs-number",
                "ni-number",
                "postcode",
                "address"
            ]
        );
    }
}
