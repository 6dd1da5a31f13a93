//@ run-pass
//@ spec: 20.13
// `let _ = s;` and `let _ = t.0;` in a closure read nothing, so even a `move` closure
// captures nothing for them: both stay usable afterwards.
fn main() {
    let s = String::from("kept");
    let t = (String::from("also kept"), 5);
    let c = move || {
        let _ = s;
        let _ = t.0;
        println!("no capture");
    };
    c();
    println!("{s} {}", t.0);
    println!("{}", std::mem::size_of_val(&c));
}
