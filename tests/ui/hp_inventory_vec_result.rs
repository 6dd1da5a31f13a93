//@ spec: 17.6, 17.8, 14.7, 13.5
// A shop inventory: Vec<Product> searched with position, sold with checks that return
// Result, restocked through get_mut, and discontinued products removed and returned.
#[derive(Debug)]
struct Product {
    sku: u32,
    name: String,
    qty: u32,
    price_cents: u64,
}

#[derive(Debug)]
enum ShopError {
    UnknownSku(u32),
    OutOfStock { name: String, wanted: u32, have: u32 },
}

struct Shop {
    products: Vec<Product>,
    till: u64,
}

impl Shop {
    fn index_of(&self, sku: u32) -> Result<usize, ShopError> {
        self.products.iter().position(|p| p.sku == sku).ok_or(ShopError::UnknownSku(sku))
    }
    fn sell(&mut self, sku: u32, n: u32) -> Result<u64, ShopError> {
        let i = self.index_of(sku)?;
        let p = &mut self.products[i];
        if p.qty < n {
            return Err(ShopError::OutOfStock { name: p.name.clone(), wanted: n, have: p.qty });
        }
        p.qty -= n;
        let cost = p.price_cents * n as u64;
        self.till += cost;
        Ok(cost)
    }
    fn restock(&mut self, sku: u32, n: u32) -> bool {
        match self.products.iter_mut().find(|p| p.sku == sku) {
            Some(p) => {
                p.qty += n;
                true
            }
            None => false,
        }
    }
    fn discontinue(&mut self, sku: u32) -> Option<Product> {
        let i = self.index_of(sku).ok()?;
        Some(self.products.remove(i))
    }
}

fn main() {
    let mut shop = Shop { products: Vec::new(), till: 0 };
    shop.products.push(Product { sku: 100, name: String::from("pen"), qty: 10, price_cents: 150 });
    shop.products.push(Product { sku: 200, name: String::from("pad"), qty: 2, price_cents: 499 });
    shop.products.push(Product { sku: 300, name: String::from("ink"), qty: 0, price_cents: 899 });
    let orders = [(100, 3), (200, 5), (999, 1), (300, 1), (200, 2)];
    for o in orders.iter() {
        match shop.sell(o.0, o.1) {
            Ok(c) => println!("sold {} x {}: {} cents", o.1, o.0, c),
            Err(ShopError::OutOfStock { name, wanted, have }) => println!("only {} {} left, wanted {}", have, name, wanted),
            Err(e) => println!("error {:?}", e),
        }
    }
    println!("restock 300: {} / 400: {}", shop.restock(300, 4), shop.restock(400, 1));
    println!("sell ink: {:?}", shop.sell(300, 4).map(|c| c / 100));
    let gone = shop.discontinue(200);
    println!("discontinued {:?}", gone.as_ref().map(|p| &p.name));
    println!("again {:?}", shop.discontinue(200).is_none());
    let summary: Vec<String> = shop.products.iter().map(|p| format!("{}={}", p.name, p.qty)).collect();
    println!("stock [{}] till {}.{:02}", summary.join(", "), shop.till / 100, shop.till % 100);
    println!("{:?}", shop.products.last());
}
