//@ compile-fail
//@ spec: 18.1, 18.2, 11.14
// Confusions between String, &str and char that rustc rejects: pushing
// a str as a char (and vice versa), adding two &strs, a &str where a String is wanted.
fn main() {
    let mut s = String::from("hello");
    s.push("!"); //~ ERROR E0308
    s.push_str('?'); //~ ERROR E0308
    let both = "ab" + "cd"; //~ ERROR E0369
    let owned: String = "text"; //~ ERROR E0308
    let n: usize = s; //~ ERROR E0308
}
