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

/// Returns a short excerpt around the first sign of encoding damage.
/// One pass over the text, looking one character back and one ahead.
pub fn find_mojibake(text: &str) -> Option<String> {
    // Most texts hold none of the characters damage leaves behind: answer
    // those without building anything (10,000 stations load faster).
    let suspicious =
        |c: char| matches!(c, '?' | '\u{FFFD}' | '\u{E000}'..='\u{F8FF}' | '\u{C2}'..='\u{EF}') || is_kana(c);
    if !text.chars().any(suspicious) {
        return None;
    }
    let has_hanzi = text.chars().any(is_hanzi);
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
    fn finds_pinyin_annotations() {
        assert_eq!(find_pinyin_annotation("聯(lián)豐村").as_deref(), Some("聯(lián)"));
        assert_eq!(find_pinyin_annotation("農（nóng）建").as_deref(), Some("農（nóng）"));
        assert_eq!(find_pinyin_annotation("农 (nong2) 建").as_deref(), Some("农 (nong2)"));
        // A plain English gloss is not an annotation.
        assert_eq!(find_pinyin_annotation("张桥村 (Zhangqiao)"), None);
    }
}
