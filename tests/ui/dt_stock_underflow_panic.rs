//@ run-fail
//@ spec: 6.8 11.3 11.9
// Shipping more units than are in stock underflows a u32 field inside a &mut self method.
#[derive(Debug, Clone, Copy)]
enum Order { Ship(u32), Receive(u32) }

#[derive(Debug)]
struct Warehouse { stock: u32, shipped: u32 }

impl Warehouse {
    fn apply(&mut self, o: Order) {
        match o {
            Order::Ship(n) => {
                self.stock -= n;
                self.shipped += n;
            }
            Order::Receive(n) => self.stock += n,
        }
    }
}

fn main() {
    let mut w = Warehouse { stock: 10, shipped: 0 };
    let orders = [Order::Receive(5), Order::Ship(12), Order::Ship(4), Order::Receive(1)];
    for o in orders {
        w.apply(o);
        println!("{:?} -> {:?}", o, w);
    }
}
