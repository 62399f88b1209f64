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

fn sample(chars: &[char], at: usize) -> String {
    let start = at.saturating_sub(4);
    let end = (at + 5).min(chars.len());
    chars[start..end].iter().collect()
}

/// Returns a short excerpt around the first sign of encoding damage.
pub fn find_mojibake(text: &str) -> Option<String> {
    // Most texts hold none of the characters damage leaves behind: answer
    // those without building anything (10,000 stations load faster).
    let suspicious =
        |c: char| matches!(c, '?' | '\u{FFFD}' | '\u{E000}'..='\u{F8FF}' | '\u{C2}'..='\u{EF}') || is_kana(c);
    if !text.chars().any(suspicious) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let has_hanzi = chars.iter().any(|&c| is_hanzi(c));
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
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
            return Some(sample(&chars, i));
        }
    }
    None
}

const TONE_MARKED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ";

/// Returns the annotated excerpt (e.g. `農(nóng)`) if a hanzi is followed by
/// pinyin in brackets carrying a tone mark or tone number.
pub fn find_pinyin_annotation(text: &str) -> Option<String> {
    if !text.contains(['(', '（']) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    for i in 0..chars.len() {
        if !is_hanzi(chars[i]) {
            continue;
        }
        let mut j = i + 1;
        if chars.get(j) == Some(&' ') {
            j += 1;
        }
        if !matches!(chars.get(j), Some('(') | Some('（')) {
            continue;
        }
        let inner_start = j + 1;
        let Some(len) = chars[inner_start..].iter().position(|&c| c == ')' || c == '）') else {
            continue;
        };
        let inner = &chars[inner_start..inner_start + len];
        let has_letter = inner.iter().any(|&c| c.is_ascii_alphabetic() || TONE_MARKED.contains(c));
        let letters_only = has_letter
            && inner.len() <= 8
            && inner.iter().all(|&c| c.is_ascii_alphabetic() || TONE_MARKED.contains(c) || ('1'..='5').contains(&c));
        let toned = inner.iter().any(|&c| TONE_MARKED.contains(c) || ('1'..='5').contains(&c));
        if letters_only && toned {
            return Some(chars[i..=inner_start + len].iter().collect());
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

    #[test]
    fn finds_pinyin_annotations() {
        assert_eq!(find_pinyin_annotation("聯(lián)豐村").as_deref(), Some("聯(lián)"));
        assert_eq!(find_pinyin_annotation("農（nóng）建").as_deref(), Some("農（nóng）"));
        assert_eq!(find_pinyin_annotation("农 (nong2) 建").as_deref(), Some("农 (nong2)"));
        // A plain English gloss is not an annotation.
        assert_eq!(find_pinyin_annotation("张桥村 (Zhangqiao)"), None);
    }
}
