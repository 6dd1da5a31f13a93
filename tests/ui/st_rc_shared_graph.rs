//@ spec: 17.11, 17.12, 12.4
// A directed graph whose nodes are shared Rc<RefCell<..>> values: edges clone the Rc, a
// Cell marks visits during a walk, and a deliberate cycle is broken by clearing edges so everything is freed.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct City {
    name: String,
    visited: Cell<bool>,
    roads: RefCell<Vec<Rc<City>>>,
}

impl Drop for City {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn city(name: &str) -> Rc<City> {
    Rc::new(City { name: name.to_string(), visited: Cell::new(false), roads: RefCell::new(Vec::new()) })
}

fn road(from: &Rc<City>, to: &Rc<City>) {
    from.roads.borrow_mut().push(Rc::clone(to));
}

fn walk(c: &Rc<City>, depth: usize, out: &mut Vec<String>) {
    if c.visited.get() {
        out.push(format!("{}({}: seen)", " ".repeat(depth), c.name));
        return;
    }
    c.visited.set(true);
    out.push(format!("{}{}", " ".repeat(depth), c.name));
    let next: Vec<Rc<City>> = c.roads.borrow().iter().map(|r| Rc::clone(r)).collect();
    for n in next.iter() {
        walk(n, depth + 1, out);
    }
}

fn main() {
    let a = city("Avila");
    let b = city("Burgos");
    let c = city("Cádiz");
    let d = city("Dénia");
    road(&a, &b);
    road(&a, &c);
    road(&b, &d);
    road(&c, &d);
    road(&d, &a);
    let counts: Vec<String> = [&a, &b, &c, &d].iter().map(|x| format!("{}={}", x.name, Rc::strong_count(*x))).collect();
    println!("{}", counts.join(" "));
    let mut lines = Vec::new();
    walk(&a, 0, &mut lines);
    for l in &lines {
        println!("{}", l);
    }
    let unvisited = [&a, &b, &c, &d].iter().filter(|x| !x.visited.get()).count();
    println!("unvisited {}", unvisited);
    d.roads.borrow_mut().clear();
    println!("cycle broken: Avila strong {}", Rc::strong_count(&a));
    drop(a);
    println!("after dropping a");
    drop(b);
    drop(c);
    println!("Dénia strong {}", Rc::strong_count(&d));
}
