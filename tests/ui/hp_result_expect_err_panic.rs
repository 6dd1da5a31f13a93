//@ run-fail
//@ spec: 13.5, 8.1
// Result::expect on an Err prints the message, then the error's Debug form (here an
// enum with a String payload), at the caller's location.
#[derive(Debug)]
enum LoadError {
    NotFound(String),
    Corrupt { line: u32 },
}

fn load(name: &str) -> Result<Vec<u8>, LoadError> {
    match name {
        "a.txt" => Ok(vec![1, 2, 3]),
        "b.txt" => Err(LoadError::Corrupt { line: 4 }),
        _ => Err(LoadError::NotFound(name.to_string())),
    }
}

fn main() {
    let a = load("a.txt").expect("a.txt should load");
    println!("a: {:?}", a);
    match load("b.txt") {
        Ok(_) => println!("b loaded"),
        Err(e) => println!("b failed: {:?}", e),
    }
    let c = load("c.txt").expect("c.txt should load");
    println!("c: {:?}", c);
}
