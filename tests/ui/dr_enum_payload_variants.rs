//@ spec: 12.4
// Dropping an enum drops only the fields of the variant it currently holds, in order;
// an enum with its own Drop runs that first, and a unit variant drops nothing inside.
struct Cargo(&'static str);
impl Drop for Cargo {
    fn drop(&mut self) {
        println!("  unload {}", self.0);
    }
}

enum Shipment {
    Empty,
    Single(Cargo),
    Double(Cargo, Cargo),
    Labeled { tag: u32, item: Cargo, extra: Cargo },
}

enum Signal {
    Quiet,
    Loud(Cargo),
}
impl Drop for Signal {
    fn drop(&mut self) {
        match self {
            Signal::Quiet => println!("signal quiet ends"),
            Signal::Loud(c) => println!("signal loud ends (carrying {})", c.0),
        }
    }
}

fn describe(s: &Shipment) -> String {
    match s {
        Shipment::Empty => String::from("empty"),
        Shipment::Single(c) => format!("single {}", c.0),
        Shipment::Double(a, b) => format!("double {}+{}", a.0, b.0),
        Shipment::Labeled { tag, item, .. } => format!("labeled #{} {}", tag, item.0),
    }
}

fn main() {
    let shipments = [
        Shipment::Double(Cargo("rice"), Cargo("beans")),
        Shipment::Empty,
        Shipment::Labeled { extra: Cargo("nails"), tag: 42, item: Cargo("wood") },
        Shipment::Single(Cargo("salt")),
    ];
    for s in shipments.iter() {
        println!("{}", describe(s));
    }
    let quiet = Signal::Quiet;
    let loud = Signal::Loud(Cargo("horn"));
    let mut changing = Shipment::Single(Cargo("first load"));
    println!("changing is {}", describe(&changing));
    changing = Shipment::Empty;
    println!("changing is {}", describe(&changing));
    changing = Shipment::Double(Cargo("x"), Cargo("y"));
    println!("changing is {}", describe(&changing));
    println!("end of main");
    let _ = (&quiet, &loud);
}
