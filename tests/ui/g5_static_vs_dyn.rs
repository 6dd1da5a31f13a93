//@ spec: 14.4 14.10 14.3
// The same trait used through static dispatch (generic fns) and dynamic dispatch (&dyn), side by side.
trait Pricing {
    fn base(&self) -> u32;
    fn discount_percent(&self) -> u32 {
        0
    }
    fn final_price(&self) -> u32 {
        self.base() * (100 - self.discount_percent()) / 100
    }
}

struct Book { pages: u32 }
struct Gadget { price: u32, on_sale: bool }
struct Gift;

impl Pricing for Book {
    fn base(&self) -> u32 { 500 + self.pages * 2 }
    fn discount_percent(&self) -> u32 { 10 }
}
impl Pricing for Gadget {
    fn base(&self) -> u32 { self.price }
    fn discount_percent(&self) -> u32 { if self.on_sale { 25 } else { 0 } }
}
impl Pricing for Gift {
    fn base(&self) -> u32 { 999 }
    fn final_price(&self) -> u32 { 0 }
}

fn static_total<A: Pricing, B: Pricing>(a: &A, b: &B) -> u32 {
    a.final_price() + b.final_price()
}

fn dyn_total(items: &[&dyn Pricing]) -> u32 {
    let mut t = 0;
    for it in items {
        t += it.final_price();
    }
    t
}

fn cheapest<'a>(items: &[&'a dyn Pricing]) -> (usize, u32) {
    let mut best = (0, items[0].final_price());
    for i in 1..items.len() {
        let p = items[i].final_price();
        if p < best.1 {
            best = (i, p);
        }
    }
    best
}

fn show(p: &dyn Pricing) {
    println!("base {:4} -{:2}% => {:4}", p.base(), p.discount_percent(), p.final_price());
}

fn main() {
    let book = Book { pages: 250 };
    let phone = Gadget { price: 2000, on_sale: true };
    let cable = Gadget { price: 300, on_sale: false };
    let gift = Gift;

    show(&book);
    show(&phone);
    show(&cable);
    show(&gift);
    println!("static book+phone = {}", static_total(&book, &phone));
    println!("static cable+gift = {}", static_total(&cable, &gift));
    let cart: [&dyn Pricing; 4] = [&book, &phone, &cable, &gift];
    println!("dyn cart total = {}", dyn_total(&cart));
    println!("dyn first two = {}", dyn_total(&cart[..2]));
    let (i, p) = cheapest(&cart[..3]);
    println!("cheapest of first three: #{} at {}", i, p);
}
