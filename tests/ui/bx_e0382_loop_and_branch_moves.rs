//@ compile-fail
//@ spec: 12.1, 12.1.1, 12.7
// A field moved out of a box on one branch, or in an earlier loop iteration, makes the
// later whole use (or re-move of that field) E0382 even if the move may not have run.
struct Task {
    title: String,
    notes: Vec<String>,
}

fn archive(_t: Box<Task>) {}

fn maybe(t: Box<Task>, flag: bool) {
    if flag {
        let title = t.title;
        println!("{}", title);
    }
    archive(t); //~ ERROR E0382
}

fn repeat(t: Box<Task>) {
    for _ in 0..2 {
        let n = t.notes; //~ ERROR E0382
        println!("{}", n.len());
    }
}

fn by_match(t: Box<Option<Task>>) {
    match *t {
        Some(task) => println!("{}", task.title),
        None => println!("none"),
    }
    let again = t; //~ ERROR E0382
    println!("{}", again.is_some());
}

fn main() {
    maybe(Box::new(Task { title: String::from("x"), notes: Vec::new() }), true);
    repeat(Box::new(Task { title: String::from("y"), notes: Vec::new() }));
    by_match(Box::new(None));
}
