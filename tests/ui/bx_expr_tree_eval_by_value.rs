//@ spec: 12.7, 17.1
// An expression tree consumed by value: `match *e` binds the boxed children out of the
// box, each subtree is evaluated (and dropped) in turn, and leftover parts die with the arm.
struct Lit {
    v: i64,
}
impl Drop for Lit {
    fn drop(&mut self) {
        println!("  drop lit {}", self.v);
    }
}

enum Expr {
    Num(Lit),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    IfPos(Box<Expr>, Box<Expr>, Box<Expr>),
}

fn num(v: i64) -> Box<Expr> {
    Box::new(Expr::Num(Lit { v }))
}

fn eval(e: Box<Expr>) -> i64 {
    match *e {
        Expr::Num(lit) => lit.v,
        Expr::Add(a, b) => {
            let x = eval(a);
            x + eval(b)
        }
        Expr::Mul(a, b) => eval(b) * eval(a),
        Expr::Neg(inner) => -eval(inner),
        Expr::IfPos(c, t, _) => {
            if eval(c) > 0 {
                eval(t)
            } else {
                println!("  cond not positive");
                0
            }
        }
    }
}

fn main() {
    let e = Box::new(Expr::Add(num(1), Box::new(Expr::Mul(num(2), num(3)))));
    println!("= {}", eval(e));
    let e2 = Box::new(Expr::IfPos(Box::new(Expr::Neg(num(4))), num(10), num(20)));
    println!("= {}", eval(e2));
    let e3 = Box::new(Expr::IfPos(num(5), num(10), num(20)));
    println!("= {}", eval(e3));
    println!("end");
}
