//@ spec: 17.3
// Box<dyn Trait>: boxes of different types behind one trait, in an array, returned from
// a fn, called through the vtable and dropped through it.
trait Animal {
    fn name(&self) -> &'static str;
    fn legs(&self) -> u32;
    fn describe(&self) -> u32 {
        self.legs() * 10
    }
}

struct Dog;
struct Bird {
    tag: Tag,
}
struct Tag(&'static str);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("tag {} dropped", self.0);
    }
}
impl Drop for Dog {
    fn drop(&mut self) {
        println!("dog dropped");
    }
}

impl Animal for Dog {
    fn name(&self) -> &'static str {
        "dog"
    }
    fn legs(&self) -> u32 {
        4
    }
}
impl Animal for Bird {
    fn name(&self) -> &'static str {
        self.tag.0
    }
    fn legs(&self) -> u32 {
        2
    }
}

fn adopt(bird: bool) -> Box<dyn Animal> {
    if bird {
        Box::new(Bird { tag: Tag("parrot") })
    } else {
        Box::new(Dog)
    }
}

fn total_legs(zoo: &[Box<dyn Animal>]) -> u32 {
    let mut total = 0;
    for a in zoo {
        total += a.legs();
    }
    total
}

fn main() {
    let zoo = [adopt(false), adopt(true), Box::new(Bird { tag: Tag("owl") }) as Box<dyn Animal>];
    for a in &zoo {
        println!("{} has {} legs ({})", a.name(), a.legs(), a.describe());
    }
    println!("total {}", total_legs(&zoo));
    let one: Box<dyn Animal> = Box::new(Dog);
    let r: &dyn Animal = &*one;
    println!("through a reference: {}", r.name());
    println!("size {}", std::mem::size_of::<Box<dyn Animal>>());
}
