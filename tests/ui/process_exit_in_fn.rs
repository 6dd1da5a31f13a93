//@ run-pass
//@ exit-code: 42
//@ spec: 8.3
fn stop(code: i32) -> ! {
    std::process::exit(code)
}

fn main() {
    let x = 40;
    if x > 10 {
        stop(x + 2);
    }
    println!("unreachable");
}
