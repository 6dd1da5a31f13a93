//@ spec: 7.3
// {:?} escapes what rustc's char::escape_debug escapes: combining (grapheme-extending)
// marks, controls, format chars, private-use and unassigned code points; others stay raw.
fn main() {
    println!("{:?} {:?}", "e\u{301}", '\u{301}');
    println!("{:?} {:?} {:?}", "a\u{200b}b\u{7}", '\u{feff}', "\u{e000}\u{10ffff}\u{1f980}");
    println!("{:?}", "क्षि ñ \u{fe0f}❤\u{fe0f} 👍🏽 \u{0}\t\r\n\\\"'");
    println!("{:?} {:?} {:?}", '"', '\'', "\u{85}\u{a0}\u{ad}\u{2028}");
}
