//@ spec: 11.4, 11.14
// Comparisons through references and of strs inside tuples, arrays and derived structs.
#[derive(Debug, PartialEq, PartialOrd)]
struct Rec { name: &'static str, score: &'static i32 }
fn main() {
    println!("{} {}", ("a", 2) == ("a", 2), (1, "b", 'z') < (1, "c", 'a'));
    println!("{} {}", ["x", "y"] < ["x", "z"], ["x", "y"] == ["x", "y"]);
    static S1: i32 = 5; static S2: i32 = 7; let s1 = 5; let s2 = 7;
    let a = Rec { name: "amy", score: &S1 };
    let b = Rec { name: "amy", score: &S2 };
    println!("{} {} {}", a == b, a < b, Some("q") < Some("r"));
    let r1 = &s1; let r2 = &s2;
    println!("{} {}", (r1, 1) < (r2, 0), Some(r1) == Some(&5));
}
