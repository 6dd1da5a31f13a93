//@ spec: 12.9, 12.7, 11.9
// An order moves its owned data from one enum variant to the next: mem::replace swaps in a
// placeholder so the old state can be matched by value and its Strings moved into the new one.
use std::mem;

#[derive(Debug)]
enum Order {
    Empty,
    Cart { items: Vec<String> },
    Paid { items: Vec<String>, receipt: String },
    Shipped { receipt: String, tracking: String },
    Cancelled { reason: String },
}

struct Shop {
    order: Order,
    next_id: u32,
}

impl Shop {
    fn add(&mut self, item: &str) {
        match &mut self.order {
            Order::Empty => self.order = Order::Cart { items: vec![item.to_string()] },
            Order::Cart { items } => items.push(item.to_string()),
            other => println!("cannot add {} in {:?}", item, other),
        }
    }
    fn pay(&mut self) {
        self.order = match mem::replace(&mut self.order, Order::Empty) {
            Order::Cart { items } => {
                self.next_id += 1;
                let receipt = format!("R{}-{}", self.next_id, items.len());
                Order::Paid { items, receipt }
            }
            other => other,
        };
    }
    fn ship(&mut self) {
        let old = mem::replace(&mut self.order, Order::Empty);
        self.order = match old {
            Order::Paid { items, receipt } => {
                let tracking = items.join("+");
                Order::Shipped { receipt, tracking }
            }
            Order::Cart { items } => Order::Cancelled { reason: format!("unpaid: {}", items.len()) },
            other => other,
        };
    }
}

fn main() {
    let mut shop = Shop { order: Order::Empty, next_id: 100 };
    shop.ship();
    println!("{:?}", shop.order);
    shop.add("lamp");
    shop.add("desk");
    println!("{:?}", shop.order);
    shop.pay();
    println!("{:?}", shop.order);
    shop.add("chair");
    shop.ship();
    println!("{:?}", shop.order);
    if let Order::Shipped { receipt, .. } = &shop.order {
        println!("receipt {} has {} chars", receipt, receipt.len());
    }

    let mut other = Shop { order: Order::Empty, next_id: 7 };
    other.add("pen");
    other.ship();
    let taken = mem::take(&mut other.next_id);
    println!("{:?} next_id was {} now {}", other.order, taken, other.next_id);
}
