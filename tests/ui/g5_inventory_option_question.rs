//@ spec: 14.7 13.5 15.4
// The ? operator on Option inside Option-returning fns, in an inventory lookup with nested data.
#[derive(Debug, Clone, Copy)]
struct Item {
    code: u16,
    qty: u32,
    price: Option<u32>,
    bin: Option<(char, u8)>,
}

const STOCK: [Item; 4] = [
    Item { code: 100, qty: 5, price: Some(250), bin: Some(('A', 3)) },
    Item { code: 101, qty: 0, price: Some(990), bin: None },
    Item { code: 102, qty: 12, price: None, bin: Some(('C', 1)) },
    Item { code: 103, qty: 2, price: Some(40), bin: Some(('B', 7)) },
];

fn lookup(code: u16) -> Option<Item> {
    let mut i = 0;
    while i < STOCK.len() {
        if STOCK[i].code == code {
            return Some(STOCK[i]);
        }
        i += 1;
    }
    None
}

fn stock_value(code: u16) -> Option<u32> {
    let item = lookup(code)?;
    let price = item.price?;
    Some(price * item.qty)
}

fn shelf_label(code: u16) -> Option<(char, u8)> {
    let (row, slot) = lookup(code)?.bin?;
    Some((row, slot + 1))
}

fn in_stock(code: u16) -> Option<bool> {
    Some(lookup(code)?.qty > 0)
}

fn order_cost(a: u16, b: u16) -> Option<u32> {
    Some(lookup(a)?.price? + lookup(b)?.price?)
}

fn main() {
    for code in 99..=104 {
        println!(
            "{}: value {:?}, shelf {:?}, in stock {:?}",
            code,
            stock_value(code),
            shelf_label(code),
            in_stock(code)
        );
    }
    println!("order 100+103: {:?}", order_cost(100, 103));
    println!("order 100+102: {:?}", order_cost(100, 102));
    let total = (100..=103).map(|c| stock_value(c).unwrap_or(0)).sum::<u32>();
    println!("total known value: {}", total);
    let priced = (99..=104).filter(|&c| lookup(c).and_then(|i| i.price).is_some()).count();
    println!("priced items: {}", priced);
}
