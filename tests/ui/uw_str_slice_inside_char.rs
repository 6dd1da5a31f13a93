//@ run-fail
//@ spec: 8.1, 12.8, 11.14
// Slicing a String at a byte index inside a multi-byte char panics; the Strings and a
// Vec<String> alive in the frames are freed while unwinding (valgrind sees no leak).
struct Scope(&'static str);

impl Drop for Scope {
    fn drop(&mut self) {
        println!("leave {}", self.0);
    }
}

fn prefix(s: &str, n: usize) -> String {
    let _s = Scope("prefix");
    let copy = s.to_uppercase();
    copy[..n].to_string()
}

fn main() {
    let _m = Scope("main");
    let words = vec![String::from("hello"), String::from("naïve"), String::from("ok")];
    let mut shown = Vec::new();
    for w in &words {
        let _per = Scope("per word");
        shown.push(prefix(w, 3));
        println!("shown {:?}", shown);
    }
    println!("never");
}
