//@ run-pass
//@ spec: 11.11, 12.7
// A by-value binding of a guarded arm moves out of the scrutinee only once the guard
// holds: a failed guard leaves the value whole for the next arms, and it is dropped once.
struct T {
    id: u32,
    s: String,
}

impl Drop for T {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

fn pick(o: Option<T>) {
    match o {
        Some(t) if t.id > 10 => println!("big {} {}", t.id, t.s),
        Some(t) if t.s.len() > 3 => println!("long {}", t.id),
        Some(t) => println!("small {}", t.id),
        None => println!("none"),
    }
    println!("end");
}

fn main() {
    pick(Some(T { id: 20, s: String::from("a") }));
    pick(Some(T { id: 1, s: String::from("abcd") }));
    pick(Some(T { id: 2, s: String::from("a") }));
    pick(None);
    let words = vec![String::from("x"), String::from("yy")];
    for w in words {
        match w {
            ref r if r.len() > 1 => println!("ref {}", r),
            owned => println!("owned {}", owned),
        }
    }
    let pair = (String::from("l"), String::from("r"));
    match pair {
        (l, r) if l == r => println!("same {}", l),
        (l, _) => println!("left {}", l),
    }
}
