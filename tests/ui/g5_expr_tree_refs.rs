//@ spec: 14.1 14.5 11.15 14.10
// An expression tree of borrowed nodes, evaluated via a trait and printed via Display.
use std::fmt;

enum Expr<'a> {
    Num(i64),
    Var(char),
    Add(&'a Expr<'a>, &'a Expr<'a>),
    Mul(&'a Expr<'a>, &'a Expr<'a>),
    Neg(&'a Expr<'a>),
}

trait Env {
    fn lookup(&self, name: char) -> Option<i64>;
}

struct Pairs {
    names: [char; 2],
    values: [i64; 2],
}

impl Env for Pairs {
    fn lookup(&self, name: char) -> Option<i64> {
        for i in 0..2 {
            if self.names[i] == name {
                return Some(self.values[i]);
            }
        }
        None
    }
}

fn eval(e: &Expr, env: &dyn Env) -> Result<i64, char> {
    match e {
        Expr::Num(n) => Ok(*n),
        Expr::Var(c) => env.lookup(*c).ok_or(*c),
        Expr::Add(a, b) => Ok(eval(a, env)? + eval(b, env)?),
        Expr::Mul(a, b) => Ok(eval(a, env)? * eval(b, env)?),
        Expr::Neg(a) => eval(a, env).map(|v| -v),
    }
}

impl<'a> fmt::Display for Expr<'a> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Var(c) => write!(f, "{}", c),
            Expr::Add(a, b) => write!(f, "({} + {})", a, b),
            Expr::Mul(a, b) => write!(f, "{} * {}", a, b),
            Expr::Neg(a) => write!(f, "-{}", a),
        }
    }
}

fn main() {
    let x = Expr::Var('x');
    let y = Expr::Var('y');
    let z = Expr::Var('z');
    let two = Expr::Num(2);
    let sum = Expr::Add(&x, &y);
    let prod = Expr::Mul(&sum, &two);
    let neg = Expr::Neg(&prod);
    let all = Expr::Add(&neg, &Expr::Num(100));
    let bad = Expr::Mul(&z, &x);

    let env = Pairs { names: ['x', 'y'], values: [3, 4] };
    for e in [&sum, &prod, &neg, &all, &bad] {
        match eval(e, &env) {
            Ok(v) => println!("{} = {}", e, v),
            Err(c) => println!("{} : unbound variable '{}'", e, c),
        }
    }
}
