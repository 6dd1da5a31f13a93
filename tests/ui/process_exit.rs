//@ run-pass
//@ exit-code: 3
//@ spec: 8.3
fn main() {
    println!("before exit");
    print!("buffered, no newline");
    std::process::exit(3);
}
