//@ run-pass
//@ spec: 11.9 11.10 11.11 11.8
// An expression tree stored in an array arena; enum nodes refer to children by index and are evaluated recursively.
#[derive(Debug, Clone, Copy)]
enum Expr {
    Num(i64),
    Var,
    Add(usize, usize),
    Mul(usize, usize),
    Neg(usize),
    IfPos { cond: usize, then: usize, els: usize },
}

fn eval(arena: &[Expr], at: usize, x: i64) -> i64 {
    match arena[at] {
        Expr::Num(n) => n,
        Expr::Var => x,
        Expr::Add(a, b) => eval(arena, a, x) + eval(arena, b, x),
        Expr::Mul(a, b) => eval(arena, a, x) * eval(arena, b, x),
        Expr::Neg(a) => -eval(arena, a, x),
        Expr::IfPos { cond, then, els } => {
            if eval(arena, cond, x) > 0 { eval(arena, then, x) } else { eval(arena, els, x) }
        }
    }
}

fn show(arena: &[Expr], at: usize) {
    match arena[at] {
        Expr::Num(n) if n < 0 => print!("({})", n),
        Expr::Num(n) => print!("{}", n),
        Expr::Var => print!("x"),
        Expr::Add(a, b) | Expr::Mul(a, b) => {
            print!("(");
            show(arena, a);
            print!("{}", if let Expr::Add(..) = arena[at] { " + " } else { " * " });
            show(arena, b);
            print!(")");
        }
        Expr::Neg(a) => { print!("-"); show(arena, a); }
        Expr::IfPos { cond, then, els } => {
            print!("if ");
            show(arena, cond);
            print!(" > 0 then ");
            show(arena, then);
            print!(" else ");
            show(arena, els);
        }
    }
}

fn count_nodes(arena: &[Expr], at: usize) -> u32 {
    1 + match arena[at] {
        Expr::Num(_) | Expr::Var => 0,
        Expr::Add(a, b) | Expr::Mul(a, b) => count_nodes(arena, a) + count_nodes(arena, b),
        Expr::Neg(a) => count_nodes(arena, a),
        Expr::IfPos { cond, then, els } => count_nodes(arena, cond) + count_nodes(arena, then) + count_nodes(arena, els),
    }
}

fn main() {
    // (x * x + -3) ; if x > 0 then that else -(x)
    let arena = [
        Expr::Var,            // 0
        Expr::Mul(0, 0),      // 1
        Expr::Num(-3),        // 2
        Expr::Add(1, 2),      // 3
        Expr::Neg(0),         // 4
        Expr::IfPos { cond: 0, then: 3, els: 4 }, // 5
    ];
    show(&arena, 5);
    println!();
    for x in [-4, -1, 0, 1, 2, 10] {
        println!("x = {:>3}: {:>4}", x, eval(&arena, 5, x));
    }
    println!("nodes: {} (arena {})", count_nodes(&arena, 5), arena.len());
    println!("{:?}", arena[5]);
}
