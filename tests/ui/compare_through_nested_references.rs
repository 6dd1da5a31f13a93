//@ run-pass
//@ spec: 6.3.1
// <, >, <=, >=, ==, != on &T, &&T and &&&T compare the values behind the references (ints,
// floats, chars, strs, Strings, tuples), as in `filter(|x| x > &&0)`.
fn main() {
    let v = vec![-2, 5, -1, 8];
    let pos: Vec<i32> = v.iter().filter(|x| x > &&0).cloned().collect();
    println!("{:?}", pos);
    let a = 3; let b = 7;
    let (ra, rb) = (&a, &b);
    let (rra, rrb) = (&ra, &rb);
    let (r3a, r3b) = (&rra, &rrb);
    println!("{} {} {} {} {} {}", ra < rb, ra > rb, ra <= rb, ra >= rb, ra == rb, ra != rb);
    println!("{} {} {} {} {} {}", rra < rrb, rra > rrb, rra <= rrb, rra >= rrb, rra == rrb, rra != rrb);
    println!("{} {} {} {} {} {}", r3a < r3b, r3a > r3b, r3a <= r3b, r3a >= r3b, r3a == r3b, r3a != r3b);
    let f1 = 1.5; let f2 = -0.5;
    println!("{} {} {}", &f1 < &f2, &&f1 > &&f2, &&&f1 == &&&f1);
    let c1 = 'a'; let c2 = 'z';
    println!("{} {} {}", &c1 < &c2, &&c1 > &&c2, &&&c1 <= &&&c2);
    let s1 = "apple"; let s2 = "banana";
    println!("{} {} {} {}", &s1 < &s2, &&s1 > &&s2, s1 < s2, &&&s1 >= &&&s2);
    let t1 = String::from("x"); let t2 = String::from("y");
    println!("{} {} {}", &t1 < &t2, &&t1 > &&t2, &&&t1 == &&&t1);
    let p1 = (1, 'b'); let p2 = (1, 'a');
    println!("{} {} {}", &p1 < &p2, &&p1 > &&p2, &&&p1 != &&&p2);
    let u: u8 = 200; let w: u8 = 100;
    println!("{} {}", &u > &w, &&u < &&w);
    let i: i64 = -5; let j: i64 = 5;
    println!("{} {}", &&i < &&j, &&&i > &&&j);
    let words = vec!["pear", "fig", "apple"];
    let small: Vec<&&str> = words.iter().filter(|w| *w < &"grape").collect();
    println!("{:?}", small);
    let big = v.iter().filter(|&&x| x > 0).count();
    let big2 = v.iter().filter(|x| **x > 0).count();
    let big3 = v.iter().filter(|x| *x > &0).count();
    println!("{} {} {}", big, big2, big3);
    let m = v.iter().max_by(|a, b| a.cmp(b)).unwrap();
    println!("{}", m);
    let mut refs: Vec<&i32> = v.iter().collect();
    refs.sort_by(|a, b| b.cmp(a));
    println!("{:?}", refs);
    println!("{}", v.iter().any(|x| x == &8));
    println!("{}", v.iter().all(|x| x >= &-2));
    println!("{:?}", v.iter().position(|x| x < &0));
}
