//@ spec: 14.1 14.4 14.2
// Default methods overridden or inherited, and trait methods called as Trait::m(x) and Type::m(x).
trait Animal {
    fn name(&self) -> &'static str;
    fn legs(&self) -> u32 {
        4
    }
    fn sound(&self) -> &'static str {
        "..."
    }
    fn intro(&self) {
        println!("{} ({} legs) says {}", self.name(), self.legs(), self.sound());
    }
}

struct Dog;
struct Bird { can_talk: bool }
struct Snake;

impl Animal for Dog {
    fn name(&self) -> &'static str { "dog" }
    fn sound(&self) -> &'static str { "woof" }
}

impl Animal for Bird {
    fn name(&self) -> &'static str { "bird" }
    fn legs(&self) -> u32 { 2 }
    fn sound(&self) -> &'static str {
        if self.can_talk { "hello" } else { "tweet" }
    }
}

impl Animal for Snake {
    fn name(&self) -> &'static str { "snake" }
    fn legs(&self) -> u32 { 0 }
    fn intro(&self) {
        println!("the {} slithers silently", self.name());
    }
}

impl Dog {
    fn legs(&self) -> u32 {
        99
    }
}

fn total_legs<A: Animal, B: Animal>(a: &A, b: &B) -> u32 {
    a.legs() + b.legs()
}

fn main() {
    let d = Dog;
    let parrot = Bird { can_talk: true };
    let sparrow = Bird { can_talk: false };
    let s = Snake;
    d.intro();
    parrot.intro();
    sparrow.intro();
    s.intro();
    println!("inherent d.legs() = {}", d.legs());
    println!("Animal::legs(&d) = {}", Animal::legs(&d));
    println!("<trait via generic> = {}", total_legs(&d, &s));
    println!("Bird::sound(&parrot) = {}", Bird::sound(&parrot));
    println!("Animal::name(&s) = {}", Animal::name(&s));
    println!("legs of two birds = {}", total_legs(&parrot, &sparrow));
}
