//@ spec: 18.4, 18.5, 18.7, 11.4
// Parses CSV rows into structs owning their text, skipping blank and malformed lines,
// then prints a right-aligned report; totals come from parsed numbers.
#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: u32,
    price_cents: u64,
}

fn parse_row(line: &str) -> Result<Item, String> {
    let fields: Vec<&str> = line.split(',').map(|f| f.trim()).collect();
    if fields.len() != 3 {
        return Err(format!("expected 3 fields, got {}", fields.len()));
    }
    let qty = match fields[1].parse::<u32>() {
        Ok(q) => q,
        Err(e) => return Err(format!("qty {:?}: {}", fields[1], e)),
    };
    let price: f64 = match fields[2].parse() {
        Ok(p) => p,
        Err(e) => return Err(format!("price {:?}: {}", fields[2], e)),
    };
    Ok(Item { name: fields[0].to_string(), qty, price_cents: (price * 100.0 + 0.5) as u64 })
}

fn main() {
    let data = "name, qty, price\napple, 3, 0.5\n\nbanana,12,0.25\ncrème brûlée, 1, 4.75\nbroken line\npear, -2, 1.0\nkiwi, 4, free\n  fig , 10 , 0.3 ";
    let mut items: Vec<Item> = Vec::new();
    for (n, line) in data.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        match parse_row(line) {
            Ok(item) => items.push(item),
            Err(msg) => println!("line {}: {}", n + 1, msg),
        }
    }
    let mut total = 0;
    for it in &items {
        let cost = it.qty as u64 * it.price_cents;
        total += cost;
        println!("{:<14}|{:>4} x {:>3}.{:02} = {:>5}.{:02}", it.name, it.qty, it.price_cents / 100, it.price_cents % 100, cost / 100, cost % 100);
    }
    println!("{:-<40}", "");
    println!("{:>33}.{:02}", total / 100, total % 100);
    let mut names: Vec<String> = items.iter().map(|i| i.name.clone()).collect();
    names.reverse();
    println!("{}", names.join(" | "));
    println!("{:?}", items[0]);
}
