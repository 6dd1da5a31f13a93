//@ spec: 18.6
// std::env::args(): the program's path, then its arguments (none in the test run).
use std::env;

fn main() {
    let args: Vec<String> = env::args().collect();
    println!("{} argument(s) after the program", args.len() - 1);
    let program = &args[0];
    println!("has a path: {}", !program.is_empty());
    println!("count agrees: {}", std::env::args().count() == args.len());
    for extra in env::args().skip(1) {
        println!("extra {}", extra);
    }
}
