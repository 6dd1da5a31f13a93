//@ compile-fail
//@ spec: 12.1
// The mistake the ownership checker exists for: using a String after moving it.
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let greeting = String::from("hello");
    let loud = shout(greeting);
    println!("{} became {}", greeting, loud); //~ ERROR E0382
}
