//@ spec: 12.3, 15.2
// A non-move closure that only reads a String borrows it, so the String stays usable;
// a `move` closure or one that consumes the capture takes ownership of it.
fn apply<F: Fn(u32) -> u32>(f: F, x: u32) -> u32 {
    f(x)
}

fn run_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let greeting = String::from("hi");
    let shout = || format!("{}!", greeting);
    println!("{} {}", shout(), shout());
    println!("greeting still here: {}", greeting);

    let factor = 3u32;
    let times = move |x: u32| x * factor;
    println!("{} {}", apply(times, 5), factor);

    let name = String::from("bob");
    let owns = move || name.len();
    println!("owned len {}", owns());

    let words = vec![String::from("a"), String::from("bc")];
    let consume = || {
        let mut total = String::new();
        for w in words {
            total.push_str(&w);
        }
        total
    };
    println!("joined {}", run_once(consume));

    let mut log = Vec::new();
    let mut record = |s: &str| log.push(s.to_string());
    record("one");
    record("two");
    println!("log {:?}", log);

    let title = String::from("Dr");
    let make = move |who: &str| format!("{} {}", title, who);
    println!("{}", make("who"));
    println!("{}", make("no"));
}
