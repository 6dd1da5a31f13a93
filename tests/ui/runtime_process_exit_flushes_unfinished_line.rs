//@ run-pass
//@ exit-code: 3
//@ spec: 8.3
// process::exit writes all of stdout, the unfinished last line included.
fn main() {
    println!("before");
    print!("unfinished line");
    std::process::exit(3);
}
