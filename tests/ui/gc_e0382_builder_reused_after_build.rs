//@ compile-fail
//@ spec: 12.1, 12.3
// Builder methods take `self`, so a builder is gone after build() or a chained call; reusing
// it is E0382, and so is calling a closure twice after it moved the builder into itself.
struct Pizza {
    size: u32,
    toppings: Vec<String>,
}

struct PizzaBuilder {
    size: u32,
    toppings: Vec<String>,
}

impl PizzaBuilder {
    fn new() -> PizzaBuilder {
        PizzaBuilder { size: 30, toppings: Vec::new() }
    }
    fn topping(mut self, t: &str) -> PizzaBuilder {
        self.toppings.push(t.to_string());
        self
    }
    fn build(self) -> Pizza {
        Pizza { size: self.size, toppings: self.toppings }
    }
}

fn main() {
    let base = PizzaBuilder::new().topping("cheese");
    let first = base.build();
    let second = base.topping("ham").build(); //~ ERROR E0382
    println!("{} {}", first.toppings.len(), second.size);

    let b = PizzaBuilder::new();
    b.topping("olive");
    println!("{}", b.size); //~ ERROR E0382

    let kit = PizzaBuilder::new();
    let bake = move || kit.build();
    let p1 = bake();
    let p2 = bake(); //~ ERROR E0382
    println!("{} {}", p1.size, p2.size);
}
