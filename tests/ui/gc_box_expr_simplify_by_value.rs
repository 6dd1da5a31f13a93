//@ spec: 17.1, 17.2, 12.11, 11.10
// An expression tree simplifier takes the tree by value and rebuilds it: `*b` moves each
// child out of its Box, so unchanged subtrees are reused rather than cloned.
#[derive(Debug)]
enum Expr {
    Num(i64),
    Var(String),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}

use Expr::*;

fn simplify(e: Expr) -> Expr {
    match e {
        Add(a, b) => match (simplify(*a), simplify(*b)) {
            (Num(0), x) | (x, Num(0)) => x,
            (Num(x), Num(y)) => Num(x + y),
            (x, y) => Add(Box::new(x), Box::new(y)),
        },
        Mul(a, b) => match (simplify(*a), simplify(*b)) {
            (Num(0), _) | (_, Num(0)) => Num(0),
            (Num(1), x) | (x, Num(1)) => x,
            (Num(x), Num(y)) => Num(x * y),
            (x, y) => Mul(Box::new(x), Box::new(y)),
        },
        other => other,
    }
}

fn show(e: &Expr) -> String {
    match e {
        Num(n) => n.to_string(),
        Var(v) => v.clone(),
        Add(a, b) => format!("({} + {})", show(a), show(b)),
        Mul(a, b) => format!("{} * {}", show(a), show(b)),
    }
}

fn var(s: &str) -> Box<Expr> {
    Box::new(Var(s.to_string()))
}

fn num(n: i64) -> Box<Expr> {
    Box::new(Num(n))
}

fn main() {
    let trees = vec![
        Add(num(0), Box::new(Mul(num(1), var("x")))),
        Mul(Box::new(Add(num(2), num(3))), Box::new(Add(var("y"), num(0)))),
        Mul(var("z"), Box::new(Add(num(4), num(-4)))),
        Add(Box::new(Mul(num(3), num(5))), Box::new(Add(var("a"), var("b")))),
    ];
    for t in trees {
        let before = show(&t);
        let after = simplify(t);
        println!("{:<22} => {}", before, show(&after));
    }
    let boxed = Box::new(Add(var("q"), num(0)));
    let inner = *boxed;
    println!("{:?}", simplify(inner));
}
