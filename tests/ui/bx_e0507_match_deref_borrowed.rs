//@ compile-fail
//@ spec: 12.11, 17.1
// Matching `*b` or a boxed child through a shared or mutable reference cannot move the
// payload out (E0507); a `ref` binding or `as_ref()` borrows it instead.
enum Expr {
    Num(String),
    Neg(Box<Expr>),
}

struct Tree {
    left: Option<Box<Tree>>,
    val: String,
}

fn show(e: &Box<Expr>) -> String {
    match **e { //~ ERROR E0507
        Expr::Num(s) => s,
        Expr::Neg(_) => String::from("neg"),
    }
}

fn show_ok(e: &Box<Expr>) -> String {
    match **e {
        Expr::Num(ref s) => s.clone(),
        Expr::Neg(ref inner) => format!("-{}", show_ok(inner)),
    }
}

fn left_val(t: &mut Tree) -> String {
    if let Some(l) = t.left { //~ ERROR E0507
        return l.val;
    }
    t.val.clone()
}

fn main() {
    let e = Box::new(Expr::Neg(Box::new(Expr::Num(String::from("1")))));
    println!("{} {}", show(&e), show_ok(&e));
    let mut t = Tree { left: None, val: String::from("r") };
    println!("{}", left_val(&mut t));
}
