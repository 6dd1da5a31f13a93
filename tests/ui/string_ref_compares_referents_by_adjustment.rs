//@ run-pass
//@ spec: 9.12
// `&String == &str` compares the referents through `impl PartialEq<str> for String`: typeck
// records a deref on each side (an adjustment), lowering reads the places behind them.
fn name() -> String {
    String::from("ab")
}

fn same(a: &String, b: &str) -> bool {
    a == b
}

struct Pair {
    s: String,
}

fn main() {
    let s = String::from("ab");
    let r = &s;
    println!("{}", r == "ab");
    println!("{}", &s != "ab");
    println!("{}", (&s) == ("xy"));
    println!("{}", &name() == "ab");
    println!("{}", same(&s, "ab"));
    let p = Pair { s: String::from("cd") };
    println!("{}", &p.s == "cd");
    let v = vec![String::from("e"), String::from("f")];
    println!("{}", &v[1] == "f");
    let eq = |t: &str| &s == t;
    println!("{} {}", eq("ab"), eq("x"));
    let owned = String::from("ab");
    let t: &str = &owned;
    println!("{}", r == t);
    println!("{}", s);
}
