//@ run-pass
//@ spec: 14.21
// A zoo of Box<dyn Animal> (Animal: Display): formatting with width and alignment through
// the vtable, Box::as_ref to a &dyn Animal, to_string of trait objects.
use std::fmt;
trait Animal: fmt::Display { fn speak(&self) -> String; fn legs(&self) -> u32 { 4 } }
struct Dog { name: String }
struct Bird;
impl fmt::Display for Dog { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Dog({})", self.name) } }
impl fmt::Display for Bird { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.pad("Bird") } }
impl Animal for Dog { fn speak(&self) -> String { format!("{} says woof", self.name) } }
impl Animal for Bird { fn speak(&self) -> String { String::from("tweet") } fn legs(&self) -> u32 { 2 } }
fn loudest(zoo: &[Box<dyn Animal>]) -> &dyn Animal { zoo.iter().max_by_key(|a| a.speak().len()).unwrap().as_ref() }
fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog { name: String::from("Rex") }), Box::new(Bird)];
    for a in zoo.iter() { println!("{:>10} | {} | {}", a, a.speak(), a.legs()); }
    let total: u32 = zoo.iter().map(|a| a.legs()).sum();
    println!("legs: {}", total);
    println!("loudest: {}", loudest(&zoo));
    let names: Vec<String> = zoo.iter().map(|a| a.to_string()).collect();
    println!("{:?}", names);
    let r: &dyn Animal = &Bird;
    println!("[{:<6}] [{:^8}]", r, r);
}
