//@ spec: 8.3
//@ exit-code: 3
// `use std::process;` then `process::exit(code)`, the Book's style: the program ends at
// once with that status, running no destructors.
use std::process;

struct Log;
impl Drop for Log {
    fn drop(&mut self) {
        println!("never printed");
    }
}

fn check(args: &[&str]) -> Result<u32, String> {
    if args.len() < 2 {
        return Err(String::from("not enough arguments"));
    }
    Ok(args.len() as u32)
}

fn main() {
    let _log = Log;
    let n = check(&["prog", "a"]).unwrap_or_else(|e| {
        println!("problem: {}", e);
        process::exit(1);
    });
    println!("got {}", n);
    if let Err(e) = check(&["prog"]) {
        println!("problem: {}", e);
        process::exit(3);
    }
    println!("unreachable");
}
