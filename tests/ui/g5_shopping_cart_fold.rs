//@ spec: 16.3 16.4 14.5 15.1
// A shopping cart of line items summarised with fold/map/filter over index ranges and a Display total.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Category {
    Food,
    Tool,
    Toy,
}

#[derive(Clone, Copy)]
struct Line {
    name: &'static str,
    cat: Category,
    unit_cents: u32,
    qty: u32,
}

impl Line {
    fn total(&self) -> u32 {
        self.unit_cents * self.qty
    }
}

struct Money(u32);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.0 / 100, self.0 % 100)
    }
}

fn main() {
    let cart = [
        Line { name: "apples", cat: Category::Food, unit_cents: 45, qty: 6 },
        Line { name: "hammer", cat: Category::Tool, unit_cents: 1299, qty: 1 },
        Line { name: "yo-yo", cat: Category::Toy, unit_cents: 350, qty: 2 },
        Line { name: "bread", cat: Category::Food, unit_cents: 275, qty: 1 },
        Line { name: "nails", cat: Category::Tool, unit_cents: 5, qty: 100 },
    ];
    let n = cart.len();
    for line in cart.iter() {
        println!("{:<7} {:?} x{:<3} {}", line.name, line.cat, line.qty, Money(line.total()));
    }
    let subtotal = (0..n).fold(0, |acc, i| acc + cart[i].total());
    println!("subtotal: {}", Money(subtotal));
    let per_cat = |c: Category| (0..n).filter(|&i| cart[i].cat == c).map(|i| cart[i].total()).sum::<u32>();
    println!("food {} tools {} toys {}", Money(per_cat(Category::Food)), Money(per_cat(Category::Tool)), Money(per_cat(Category::Toy)));
    let items: u32 = (0..n).map(|i| cart[i].qty).sum();
    println!("item count: {}", items);
    let priciest = (0..n).map(|i| cart[i].unit_cents).max().unwrap_or(0);
    println!("priciest unit: {}", Money(priciest));
    let discount = if subtotal > 2000 { subtotal / 10 } else { 0 };
    println!("discount: {}", Money(discount));
    println!("total: {}", Money(subtotal - discount));
    let first_toy = (0..n).find(|&i| cart[i].cat == Category::Toy).map(|i| cart[i].name);
    println!("first toy: {:?}", first_toy);
}
