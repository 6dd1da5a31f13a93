//@ run-pass
//@ spec: 2.1
// The body of this file has CRLF line ends (the header lines do not, for the test
// runner). rustc reads CRLF as LF before lexing: every literal spanning a line break
// holds "\n" alone, and a backslash continuation skips the CR too.
/// A doc comment ends at the CR of its CRLF.
fn main() {
    let s = "one
two";
    let raw = r"three
four";
    let hashes = r#"five
"six""#;
    let continued = "seven \
        eight";
    let bytes = "nine
ten".as_bytes();
    println!("{} {:?}", s.len(), s);
    println!("{} {:?}", raw.len(), raw);
    println!("{} {:?}", hashes.len(), hashes);
    println!("{} {:?}", continued.len(), continued);
    println!("{:?}", bytes);
    println!("{}", s.contains('\r'));
    /* a block comment
       over CRLF lines */
    let c = '\r';
    println!("{}", c as u32);
}
