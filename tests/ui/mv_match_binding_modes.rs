//@ spec: 12.1, 11.10
// A by-value binding in a match arm moves the payload out of the scrutinee, while a `ref`
// binding or matching through a reference only borrows, so the value can be used again.
#[derive(Debug)]
enum Message {
    Text(String),
    Pair(String, u32),
    Empty,
}

fn describe(m: &Message) -> String {
    match m {
        Message::Text(s) => format!("text of {} bytes", s.len()),
        Message::Pair(name, n) => format!("{} x{}", name, n),
        Message::Empty => String::from("empty"),
    }
}

fn main() {
    let msgs = [Message::Text(String::from("hello")), Message::Pair(String::from("k"), 3), Message::Empty];
    for m in &msgs {
        println!("{}", describe(m));
    }

    let m = Message::Pair(String::from("alpha"), 9);
    match m {
        Message::Pair(ref name, count) => println!("ref bind {} {}", name, count),
        _ => println!("other"),
    }
    println!("still have {:?}", m);

    let opt = Some(String::from("owned"));
    match &opt {
        Some(s) => println!("peek {}", s),
        None => println!("none"),
    }
    if let Some(ref s) = opt {
        println!("ref peek {}", s.to_uppercase());
    }
    let taken = match opt {
        Some(s) => s,
        None => String::new(),
    };
    println!("moved out {}", taken);

    let m2 = Message::Text(String::from("bye"));
    let len = match m2 {
        Message::Text(s) => {
            let t = s;
            t.len()
        }
        _ => 0,
    };
    println!("len {}", len);
    let Message::Pair(a, b) = Message::Pair(String::from("x"), 1) else { return; };
    println!("{} {}", a, b);
}
