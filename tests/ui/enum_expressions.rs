//@ run-pass
//@ spec: 11.9 11.10 11.11
#[derive(Debug)]
enum Expr {
    Num(i64),
    Add(i64, i64),
    Mul(i64, i64),
    Neg(i64),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => a + b,
        Expr::Mul(a, b) => a * b,
        Expr::Neg(a) => -a,
    }
}

fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Num(0) => "zero",
        Expr::Num(n) if *n < 0 => "negative number",
        Expr::Num(_) => "number",
        Expr::Add(..) | Expr::Mul(..) => "binary",
        Expr::Neg(_) => "unary",
    }
}

fn main() {
    let exprs = [Expr::Num(7), Expr::Add(2, 3), Expr::Mul(4, -5), Expr::Neg(9), Expr::Num(0), Expr::Num(-3)];
    for e in exprs.iter() {
        println!("{:?} = {} ({})", e, eval(e), describe(e));
    }
}
