//@ compile-fail
//@ spec: 2.1
// A carriage return that is not part of a CRLF is a bare CR: whitespace between tokens,
// an error inside a literal or a doc comment.
fn main() {
    let s = "ab"; //~ ERROR bare CR not allowed in string
    let r = r"cd"; //~ ERROR bare CR not allowed in raw string
    let c = ''; //~ ERROR character constant must be escaped
    /// doc  comment //~ ERROR bare CR not allowed in doc-comment
    let q = 1; /* plain  comment */ // plain  line comment
    /** block  doc */ //~ ERROR bare CR not allowed in block doc-comment
    let w = 2;
    println!("{} {} {} {} {}", s, r, c, q, w);
}
