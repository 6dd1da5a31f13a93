//@ compile-fail
//@ spec: 12.2, 12.4, 18.2
//@ stderr-contains: help: consider cloning the value if the performance cost is acceptable
// A String is not Copy: `+` consumes its left operand and passing one by value moves it,
// so later uses are E0382 even though a &str in the same spot would be fine.
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let greeting = String::from("hi");
    let name = String::from("bob");
    let line = greeting + " " + &name;
    println!("{} {}", line, greeting); //~ ERROR E0382
    let loud = shout(name);
    println!("{} {}", loud, name.len()); //~ ERROR E0382
    let literal = "static";
    let twice = format!("{}{}", literal, literal);
    let words = vec![String::from("a"), String::from("b")];
    for w in words {
        println!("{}", w);
    }
    println!("{} {}", twice, words.len()); //~ ERROR E0382
}
