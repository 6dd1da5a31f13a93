//@ run-pass
//@ spec: 7.1
fn main() {
    println!("to stdout");
    eprintln!("to stderr {}", 1);
    eprint!("more stderr\n");
    println!("done");
}
