//@ spec: 12.11, 17.1
// Patterns may move out of an owned Box as `*b` can: a recursive evaluator takes its
// boxed children by value, and `let`, `if let` and `while let` destructure boxed values.
#[derive(Debug)]
enum Expr {
    Num(i64),
    Var(String),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

fn eval(e: Box<Expr>, x: i64) -> i64 {
    match *e {
        Expr::Num(n) => n,
        Expr::Var(name) => {
            println!("  read {}", name);
            x
        }
        Expr::Add(a, b) => eval(a, x) + eval(b, x),
        Expr::Mul(a, b) => eval(a, x) * eval(b, x),
        Expr::Neg(inner) => -eval(inner, x),
    }
}

struct Node {
    label: String,
    next: Option<Box<Node>>,
}

fn main() {
    let e = Box::new(Expr::Add(
        Box::new(Expr::Mul(Box::new(Expr::Num(3)), Box::new(Expr::Var(String::from("x"))))),
        Box::new(Expr::Neg(Box::new(Expr::Num(4)))),
    ));
    println!("{}", eval(e, 5));

    let pair = Box::new((String::from("left"), vec![1, 2, 3]));
    let (name, nums) = *pair;
    println!("{} {:?}", name, nums);

    let maybe = Box::new(Some(String::from("boxed text")));
    if let Some(text) = *maybe {
        println!("{}", text.to_uppercase());
    }

    let list = Box::new(Node {
        label: String::from("a"),
        next: Some(Box::new(Node { label: String::from("b"), next: Some(Box::new(Node { label: String::from("c"), next: None })) })),
    });
    let mut cur = Some(list);
    let mut labels = Vec::new();
    while let Some(node) = cur {
        let Node { label, next } = *node;
        labels.push(label);
        cur = next;
    }
    println!("{}", labels.join("->"));
}
