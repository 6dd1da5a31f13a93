//@ spec: 11.11
// A match guard ends at `=>`: struct patterns and struct literals after it, and in it, parse.
#[derive(Debug, Clone, Copy, PartialEq)]
struct P { n: i32 }

#[derive(Debug, Clone, Copy, PartialEq)]
enum Msg { Move { x: i32, y: i32 }, Write(i32), Quit }

fn classify(m: Msg) -> i32 {
    match m {
        Msg::Quit if true => 1,
        Msg::Move { x, y } if x == y => 100 + x,
        Msg::Move { x, .. } => x,
        Msg::Write(w) if w > 10 => w * 2,
        Msg::Write(w) => w,
        Msg::Quit => 2,
    }
}

fn make(k: i32) -> P {
    match k { 5 if k > 5 => return P { n: 1 }, 0 => P { n: 0 }, _ => P { n: k * 2 } }
}

fn structs(p: P) -> P {
    match p {
        P { n } if n < 0 => P { n: -n },
        P { n: 0 } => P { n: 42 },
        P { n } if n % 2 == 0 => {
            let q = P { n: n / 2 };
            q
        }
        P { n } => P { n: n + 1 },
    }
}

fn nested(m: Msg, p: P) -> i32 {
    match m {
        Msg::Move { x, y } if x > 0 => match p {
            P { n } if n == x => n + y,
            P { n: 7 } => 7,
            P { n } => P { n: n * 10 }.n,
        },
        Msg::Write(w) if w == p.n => {
            match (P { n: w }).n {
                0 => 0,
                v if v > 3 => P { n: v }.n - 3,
                v => v,
            }
        }
        other => match other { Msg::Quit if p.n > 0 => -1, Msg::Move { x, .. } => x, _ => -2 },
    }
}

fn guard_lits(p: P) -> &'static str {
    match p.n {
        v if p == (P { n: 3 }) && v == 3 => "parenthesised three",
        v if (P { n: v }) == (P { n: 4 }) => "parenthesised four",
        v if p == P { n: 5 } && v == 5 => "bare five",
        _ if { let q = P { n: 6 }; q == p } => "block six",
        _ => "other",
    }
}

fn main() {
    println!("{}", classify(Msg::Quit));
    println!("{}", classify(Msg::Move { x: 3, y: 3 }));
    println!("{}", classify(Msg::Move { x: 3, y: 4 }));
    println!("{}", classify(Msg::Write(11)));
    println!("{}", classify(Msg::Write(4)));
    println!("{} {} {}", make(5).n, make(0).n, make(3).n);
    for n in [-4, 0, 8, 9] {
        let r = structs(P { n });
        println!("{:?}", r);
    }
    println!("{}", nested(Msg::Move { x: 2, y: 5 }, P { n: 2 }));
    println!("{}", nested(Msg::Move { x: 2, y: 5 }, P { n: 7 }));
    println!("{}", nested(Msg::Move { x: 2, y: 5 }, P { n: 9 }));
    println!("{}", nested(Msg::Write(8), P { n: 8 }));
    println!("{}", nested(Msg::Write(2), P { n: 2 }));
    println!("{}", nested(Msg::Quit, P { n: 1 }));
    println!("{}", nested(Msg::Move { x: -6, y: 0 }, P { n: 1 }));
    println!("{}", nested(Msg::Write(1), P { n: 0 }));
    for n in 2..8 {
        println!("{}", guard_lits(P { n }));
    }
    let hit = matches!(P { n: 9 }, P { n } if P { n } == P { n: 9 });
    println!("{}", hit);
    if let P { n: 9 } = (P { n: 9 }) {
        println!("if let");
    }
    let mut i = 0;
    while i < (P { n: 2 }).n {
        i += 1;
    }
    println!("{}", i);
}
