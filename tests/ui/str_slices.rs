//@ run-fail
//@ spec: 11.14
fn first_word(s: &str) -> &str {
    let n = s.len();
    let mut i = 0;
    while i < n {
        if &s[i..i + 1] == " " {
            return &s[..i];
        }
        i += 1;
    }
    s
}

fn main() {
    let s = "hello world";
    println!("{} [{}] [{}] {}", &s[0..5], &s[6..], first_word(s), s.len());
    let t = "héllo";
    println!("{} {} {}", &t[..1], &t[1..3], t.len());
    let e = &s[3..3];
    println!("[{}] {}", e, e.is_empty());
    println!("{}", &t[0..2]);
}
