//! Spotting text damaged on its way into the file: mojibake from a wrong
//! encoding (上?;ぱ芯吭, Ã¤Â¸Â), and pronunciation annotations pasted from
//! dictionaries (聯(lián), 農(nóng)). Hand-written scanners: a regex engine would
//! cost the browser bundle more than these few rules.

/// CJK ideographs (the basic block, extension A and compatibility ideographs).
fn is_hanzi(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

/// Japanese kana: never in our Chinese texts, common in GBK/Shift-JIS mix-ups.
fn is_kana(c: char) -> bool {
    // Not the middle dot ・ (U+30FB) or the long-vowel mark ー (U+30FC),
    // which Chinese texts also use.
    matches!(c, '\u{3041}'..='\u{30FA}')
}

/// Characters that UTF-8 bytes turn into when read as Latin-1 or CP-1252.
fn is_latin1_continuation(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{BF}')
        || matches!(
            c,
            '€' | '‚'
                | 'ƒ'
                | '„'
                | '…'
                | '†'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Œ'
                | 'Ž'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
        )
}

// Steps taken by the scanners, so a test can see that they stay linear.
#[cfg(test)]
thread_local! {
    static STEPS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

#[inline]
fn step() {
    #[cfg(test)]
    STEPS.with(|s| s.set(s.get() + 1));
}

/// A short excerpt around the character at byte `at`: up to 4 characters
/// before it and 4 after. Only the few characters wanted are walked.
fn sample(text: &str, at: usize) -> String {
    let from = text[..at].char_indices().rev().take(4).last().map_or(at, |(i, _)| i);
    let end = text[at..].char_indices().nth(5).map_or(text.len(), |(i, _)| at + i);
    text[from..end].to_string()
}

/// Which of U+4E00..=U+9FFF are GB2312 level-1 hanzi (the 3,755 common
/// characters), one bit each: 2,624 bytes. Generated from encoding_rs's GBK
/// decoder by `tests/text_damage.rs`, which checks it never drifts.
pub static GB2312_LEVEL1: &[u8; 2624] = include_bytes!("gb2312_level1.bin");

fn is_common_hanzi(c: char) -> bool {
    let Some(i) = (c as usize).checked_sub(0x4E00) else { return false };
    GB2312_LEVEL1.get(i / 8).is_some_and(|b| b & (1 << (i % 8)) != 0)
}

/// UTF-8 read as GBK and saved again: the UTF-8 lead bytes E4-E9 of every
/// hanzi become GBK lead bytes of rare characters (金山大道 turns into
/// 閲戝北澶ч亾), so damaged text is mostly hanzi outside the common set.
/// Real simplified Chinese is mostly inside it (李一谔: one rare of three).
/// With at least this many hanzi, over half of them rare is damage (two,
/// both rare: 张桥 read as GBK is 寮犳ˉ).
const MIN_HANZI_FOR_RARITY: usize = 2;

/// `锟斤拷`: U+FFFD (a character lost once) round-tripped through GBK.
const FFFD_VIA_GBK: &str = "锟斤拷";

/// The character that starts at byte `at` of valid UTF-8 (a `&str`'s
/// bytes, at a character boundary) and its length in bytes. Decoded here
/// because the size-optimised build calls out for every `chars()` step,
/// which doubled the cost of reading a file in the browser.
#[inline]
fn char_at(bytes: &[u8], at: usize) -> (char, usize) {
    let byte = |i: usize| u32::from(bytes.get(at + i).copied().unwrap_or(0) & 0x3F);
    let lead = u32::from(bytes.get(at).copied().unwrap_or(0));
    let (code, len) = match lead {
        0..=0x7F => (lead, 1),
        0xC0..=0xDF => (((lead & 0x1F) << 6) | byte(1), 2),
        0xE0..=0xEF => (((lead & 0x0F) << 12) | (byte(1) << 6) | byte(2), 3),
        _ => (((lead & 0x07) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3), 4),
    };
    (char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER), len)
}

/// What one pass over a text finds, enough to answer every check here: a
/// file holds thousands of texts, nearly all clean, and each used to be
/// read once a rule (the browser reads the file before the app shows).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TextScan {
    /// The first control character, and the first one that is not a line
    /// break (tab, line feed, carriage return).
    control: Option<char>,
    control_not_break: Option<char>,
    /// The first bidi control.
    pub bidi: Option<char>,
    /// The first invisible format character that is not a bidi control.
    pub invisible: Option<char>,
    /// Holds a character that damage leaves behind (`find_mojibake_chars`),
    /// a '?' only right after a hanzi.
    suspicious: bool,
    /// Holds the first character of `FFFD_VIA_GBK`.
    gbk_replacement: bool,
    /// Holds what a pinyin annotation starts with (`find_pinyin_annotation`).
    annotation: bool,
    hanzi: usize,
    rare: usize,
    /// Byte offset of the first hanzi outside GB2312 level 1.
    first_rare: Option<usize>,
}

/// What `TextScan::of` has just read, as far as its rules care.
#[derive(Clone, Copy, PartialEq)]
enum Before {
    Other,
    Hanzi,
    HanziSpace,
    HanziBracket,
}

impl TextScan {
    /// Reads `text` once.
    ///
    /// ```
    /// use corridor::model::TextScan;
    /// let scan = TextScan::of("农建\u{202E}村");
    /// assert_eq!(scan.bidi, Some('\u{202E}'));
    /// assert_eq!(scan.mojibake("农建村", true), None);
    /// ```
    pub fn of(text: &str) -> TextScan {
        let mut scan = TextScan::default();
        let bytes = text.as_bytes();
        let mut at = 0;
        // What came just before. A '?' only counts as damage right after a
        // hanzi, and an annotation starts with a hanzi, perhaps a space, a
        // bracket and a pinyin letter or tone digit: a link's query, an
        // English aside or a bracketed Chinese phrase needs no second look.
        let mut before = Before::Other;
        while let Some(&lead) = bytes.get(at) {
            step();
            let (c, len) = if lead.is_ascii() { (char::from(lead), 1) } else { char_at(bytes, at) };
            if before == Before::HanziBracket && (('1'..='5').contains(&c) || is_pinyin_letter(c)) {
                scan.annotation = true;
            }
            let was = std::mem::replace(&mut before, Before::Other);
            if c.is_control() {
                scan.control.get_or_insert(c);
                if !matches!(c, '\n' | '\r' | '\t') {
                    scan.control_not_break.get_or_insert(c);
                }
            }
            if lead.is_ascii() {
                // Most of a file: a few tests for the common case.
                match c {
                    '?' => scan.suspicious |= was == Before::Hanzi,
                    '(' if matches!(was, Before::Hanzi | Before::HanziSpace) => before = Before::HanziBracket,
                    ' ' if was == Before::Hanzi => before = Before::HanziSpace,
                    _ => {}
                }
            } else if is_hanzi(c) {
                before = Before::Hanzi;
                scan.hanzi += 1;
                if !is_common_hanzi(c) {
                    scan.rare += 1;
                    scan.first_rare.get_or_insert(at);
                }
                scan.gbk_replacement |= c == '锟';
            } else {
                if is_bidi_control(c) {
                    scan.bidi.get_or_insert(c);
                } else if invisible_format_character(c) {
                    scan.invisible.get_or_insert(c);
                }
                if c == '（' && matches!(was, Before::Hanzi | Before::HanziSpace) {
                    before = Before::HanziBracket;
                }
                scan.suspicious |=
                    matches!(c, '\u{FFFD}' | '\u{E000}'..='\u{F8FF}' | '\u{C2}'..='\u{EF}') || is_kana(c);
            }
            at += len;
        }
        scan
    }

    /// The first control character; `line_breaks_allowed` lets tab, line
    /// feed and carriage return pass.
    pub fn control(&self, line_breaks_allowed: bool) -> Option<char> {
        if line_breaks_allowed {
            self.control_not_break
        } else {
            self.control
        }
    }

    /// As `find_mojibake_in`, for the text this scan read.
    pub fn mojibake(&self, text: &str, simplified: bool) -> Option<String> {
        if let Some(at) = self.gbk_replacement.then(|| text.find(FFFD_VIA_GBK)).flatten() {
            return Some(sample(text, at));
        }
        if self.suspicious {
            if let Some(s) = find_mojibake_chars(text, self.hanzi > 0) {
                return Some(s);
            }
        }
        match self.first_rare {
            Some(at) if simplified && self.hanzi >= MIN_HANZI_FOR_RARITY && 2 * self.rare > self.hanzi => {
                Some(sample(text, at))
            }
            _ => None,
        }
    }

    /// As `find_pinyin_annotation`, for the text this scan read.
    pub fn pinyin_annotation(&self, text: &str) -> Option<String> {
        self.annotation.then(|| find_pinyin_annotation(text)).flatten()
    }
}

/// Returns a short excerpt around the first sign of encoding damage.
/// One pass over the text, looking one character back and one ahead, then
/// (for simplified-Chinese texts) the share of rare hanzi.
pub fn find_mojibake(text: &str) -> Option<String> {
    find_mojibake_in(text, true)
}

/// As `find_mojibake`; `simplified` says the text is simplified Chinese (or
/// English), where rare hanzi are a sign of damage. Traditional texts are
/// mostly outside GB2312 by nature, so they skip that rule.
pub fn find_mojibake_in(text: &str, simplified: bool) -> Option<String> {
    TextScan::of(text).mojibake(text, simplified)
}

/// Characters damage leaves behind: U+FFFD, private-use characters, kana
/// among hanzi, a '?' that replaced a hanzi, UTF-8 read as Latin-1. Run
/// only on texts whose scan saw one of them.
fn find_mojibake_chars(text: &str, has_hanzi: bool) -> Option<String> {
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        step();
        let next = chars.peek().map(|&(_, n)| n);
        let damaged = match c {
            '\u{FFFD}' => true,
            '\u{E000}'..='\u{F8FF}' => true,
            // A question mark standing in for a character that did not
            // convert: after a hanzi and before stray punctuation or another
            // '?'. ("是吗?对" stays allowed: a typed half-width question mark.)
            '?' => {
                prev.is_some_and(is_hanzi)
                    && next.is_some_and(|n| {
                        !n.is_whitespace() && !is_hanzi(n) && !matches!(n, '”' | '"' | '）' | ')' | '」' | '』')
                    })
            }
            _ if is_kana(c) => has_hanzi,
            '\u{C2}'..='\u{EF}' => next.is_some_and(is_latin1_continuation),
            _ => false,
        };
        if damaged {
            return Some(sample(text, at));
        }
        prev = Some(c);
    }
    None
}

const TONE_MARKED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ";

/// The longest pinyin syllable with a tone number is 7 letters ("zhuang1");
/// one more for slack. Nothing longer inside brackets is an annotation, so
/// the scan never looks further than this past a bracket.
const MAX_PINYIN_CHARS: usize = 8;

/// A tone-marked vowel (all lie in U+00C0..=U+1E3F; the range test keeps
/// the common case, a hanzi or an ASCII character, from scanning the list).
fn is_tone_marked(c: char) -> bool {
    ('\u{C0}'..='\u{1E3F}').contains(&c) && TONE_MARKED.contains(c)
}

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || is_tone_marked(c)
}

/// Returns the annotated excerpt (e.g. `農(nóng)`) if a hanzi is followed by
/// pinyin in brackets carrying a tone mark or tone number. Linear: from each
/// hanzi it looks at most `MAX_PINYIN_CHARS + 3` characters ahead.
pub fn find_pinyin_annotation(text: &str) -> Option<String> {
    if !text.contains(['(', '（']) {
        return None;
    }
    for (i, c) in text.char_indices() {
        step();
        if !is_hanzi(c) {
            continue;
        }
        let mut rest = text[i + c.len_utf8()..].chars();
        let mut used = 0;
        let mut next = rest.next();
        if next == Some(' ') {
            used += 1;
            next = rest.next();
        }
        if !matches!(next, Some('(') | Some('（')) {
            continue;
        }
        used += next.map_or(0, char::len_utf8);
        let (mut letters, mut toned, mut ok, mut has_letter) = (0, false, true, false);
        let mut closed = false;
        for n in rest.by_ref().take(MAX_PINYIN_CHARS + 1) {
            step();
            used += n.len_utf8();
            if n == ')' || n == '）' {
                closed = true;
                break;
            }
            letters += 1;
            let tone_digit = ('1'..='5').contains(&n);
            toned |= tone_digit || is_tone_marked(n);
            has_letter |= is_pinyin_letter(n);
            ok &= tone_digit || is_pinyin_letter(n);
            if !ok {
                break;
            }
        }
        if closed && ok && toned && has_letter && (1..=MAX_PINYIN_CHARS).contains(&letters) {
            let end = i + c.len_utf8() + used;
            return Some(text[i..end].to_string());
        }
    }
    None
}

/// Bidi controls (embeddings, overrides, isolates): invisible, they reorder
/// the text around them, so what shows is not what the text says.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Unicode's category Cf (format characters): zero-width spaces and
/// joiners, bidi marks and controls, the BOM, soft hyphen, tags... A short
/// table, checked against the Unicode database by `tests/text_damage.rs`.
pub fn invisible_format_character(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{600}'..='\u{605}' | '\u{61C}' | '\u{6DD}' | '\u{70F}' | '\u{890}'..='\u{891}' | '\u{8E2}'
        | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' | '\u{110BD}' | '\u{110CD}'
        | '\u{13430}'..='\u{1343F}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}' | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}')
}

/// True if the text shows nothing: only spaces, controls and invisible
/// format characters (e.g. a name of U+200B zero-width spaces).
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c.is_control() || invisible_format_character(c))
}

/// `text` with every control and invisible format character written as an
/// escape (`\u{1b}`), so a message printed to a terminal or shown in a page
/// can neither drive the terminal nor reorder or hide what it says.
pub fn escape_invisible(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| c.is_control() || invisible_format_character(c);
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_briefs_mojibake() {
        assert_eq!(find_mojibake("上?;ぱ芯吭").as_deref(), Some("上?;ぱ芯吭"));
        assert!(find_mojibake("农建村\u{FFFD}").is_some());
        // UTF-8 of 上 read as CP-1252.
        assert!(find_mojibake("ä¸Šæµ·").is_some());
    }

    #[test]
    fn leaves_good_text_alone() {
        for ok in [
            "上海化工研究院",
            "张桥村：张桥羊肉，每年举办羊肉文化节。",
            "Zhangqiao Village (张桥村)",
            "What? Yes.",
            "初心馆约 500 m²，分两层",
            "Café, naïve, São Paulo",
            "一谔公园・初心馆",
            "是吗?对",
            "一期(1)工程",
            "他说“好?”",
        ] {
            assert_eq!(find_mojibake(ok), None, "{ok}");
            assert_eq!(find_pinyin_annotation(ok), None, "{ok}");
        }
    }

    fn steps(f: impl FnOnce()) -> usize {
        STEPS.with(|s| s.set(0));
        f();
        STEPS.with(|s| s.get())
    }

    #[test]
    fn scanners_take_a_bounded_number_of_steps_per_character() {
        // Hostile texts: every hanzi opens a bracket that never closes, or
        // every character is a suspicious one.
        for unit in ["张(", "张 (", "上?", "ä¸", "农(nóng"] {
            for n in [1_000, 10_000] {
                let text = unit.repeat(n);
                let chars = text.chars().count();
                let taken = steps(|| {
                    let _ = find_pinyin_annotation(&text);
                    let _ = find_mojibake(&text);
                });
                assert!(taken <= 16 * chars, "{unit:?} x {n}: {taken} steps for {chars} characters");
            }
        }
    }

    #[test]
    fn finds_controls_bidi_and_invisible_characters() {
        assert_eq!(TextScan::of("a\u{1b}[2K").control(false), Some('\u{1b}'));
        assert_eq!(TextScan::of("两行\n文字").control(true), None);
        assert_eq!(TextScan::of("两行\n文字").control(false), Some('\n'));
        assert_eq!(TextScan::of("行\t\u{85}").control(true), Some('\u{85}'));
        assert_eq!(TextScan::of("农建\u{202E}村").bidi, Some('\u{202E}'));
        assert_eq!(TextScan::of("农建\u{2067}村").bidi, Some('\u{2067}'));
        assert_eq!(TextScan::of("农建\u{200D}村").invisible, Some('\u{200D}'));
        assert_eq!(TextScan::of("农建\u{202E}村").invisible, None);
        assert!(is_blank("\u{200B}\u{200B}") && is_blank(" \u{3000}\u{FEFF}") && !is_blank("\u{200B}农"));
        assert_eq!(escape_invisible("a\u{1b}]0;x\u{7}\n\u{202E}"), "a\\u{1b}]0;x\\u{7}\\u{a}\\u{202e}");
        assert_eq!(escape_invisible("张桥村"), "张桥村");
    }

    /// Each rule as it reads on its own, for the scan to agree with.
    fn mojibake_rule_by_rule(text: &str, simplified: bool) -> Option<String> {
        if let Some(at) = text.find(FFFD_VIA_GBK) {
            return Some(sample(text, at));
        }
        if let Some(s) = find_mojibake_chars(text, text.chars().any(is_hanzi)) {
            return Some(s);
        }
        let hanzi: Vec<(usize, char)> = text.char_indices().filter(|&(_, c)| is_hanzi(c)).collect();
        let rare: Vec<usize> = hanzi.iter().filter(|&&(_, c)| !is_common_hanzi(c)).map(|&(at, _)| at).collect();
        (simplified && hanzi.len() >= MIN_HANZI_FOR_RARITY && 2 * rare.len() > hanzi.len())
            .then(|| sample(text, rare[0]))
    }

    #[test]
    fn the_one_pass_scan_agrees_with_each_rule_alone() {
        // Short texts of the characters the rules look at, in every order
        // a simple generator reaches.
        let alphabet = [
            '张',
            '桥',
            '閲',
            '戝',
            '?',
            ' ',
            '(',
            '（',
            'n',
            'ó',
            '1',
            ')',
            '）',
            '\n',
            '\t',
            '\u{1b}',
            '\u{85}',
            '\u{202E}',
            '\u{200D}',
            '\u{FFFD}',
            'ぱ',
            'ä',
            '¸',
            '锟',
            '斤',
            '拷',
            '\u{20000}',
            'a',
            '”',
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as usize
        };
        for _ in 0..50_000 {
            let len = next() % 9;
            let text: String = (0..len).map(|_| alphabet[next() % alphabet.len()]).collect();
            let scan = TextScan::of(&text);
            for breaks in [false, true] {
                let control = text.chars().find(|&c| c.is_control() && !(breaks && matches!(c, '\n' | '\r' | '\t')));
                assert_eq!(scan.control(breaks), control, "{text:?}");
            }
            assert_eq!(scan.bidi, text.chars().find(|&c| is_bidi_control(c)), "{text:?}");
            let invisible = text.chars().find(|&c| invisible_format_character(c) && !is_bidi_control(c));
            assert_eq!(scan.invisible, invisible, "{text:?}");
            assert_eq!(scan.pinyin_annotation(&text), find_pinyin_annotation(&text), "{text:?}");
            for simplified in [true, false] {
                assert_eq!(scan.mojibake(&text, simplified), mojibake_rule_by_rule(&text, simplified), "{text:?}");
            }
        }
    }

    #[test]
    fn decodes_every_character_as_chars_does() {
        let text = "a\u{7F}\u{80}é\u{7FF}\u{800}张\u{FFFF}\u{10000}\u{20000}\u{10FFFF}";
        let mut at = 0;
        for c in text.chars() {
            assert_eq!(char_at(text.as_bytes(), at), (c, c.len_utf8()));
            at += c.len_utf8();
        }
    }

    #[test]
    fn finds_pinyin_annotations() {
        assert_eq!(find_pinyin_annotation("聯(lián)豐村").as_deref(), Some("聯(lián)"));
        assert_eq!(find_pinyin_annotation("農（nóng）建").as_deref(), Some("農（nóng）"));
        assert_eq!(find_pinyin_annotation("农 (nong2) 建").as_deref(), Some("农 (nong2)"));
        // A plain English gloss is not an annotation.
        assert_eq!(find_pinyin_annotation("张桥村 (Zhangqiao)"), None);
    }
}
