//@ spec: 12.5, 12.7
// Each block drops its own variables when it ends, innermost block first; a value moved
// out of an inner block to an outer variable survives it, and one moved into an inner
// block dies there.
struct Crate {
    label: String,
}
impl Drop for Crate {
    fn drop(&mut self) {
        println!("crate '{}' shipped", self.label);
    }
}

fn crate_named(label: &str) -> Crate {
    Crate { label: label.to_string() }
}

fn main() {
    let dock = crate_named("dock");
    let survivor;
    {
        let aisle = crate_named("aisle 1");
        {
            let shelf = crate_named("shelf A");
            let bin = crate_named("bin A1");
            println!("deepest: {} / {} / {}", aisle.label, shelf.label, bin.label);
            survivor = bin;
        }
        println!("back in aisle scope");
        let moved_in = dock;
        println!("moved {} into the aisle scope", moved_in.label);
    }
    println!("outside, survivor is {}", survivor.label);
    let counted = {
        let a = crate_named("count a");
        let b = crate_named("count b");
        a.label.len() + b.label.len()
    };
    println!("counted {}", counted);
    let chosen = {
        let x = crate_named("x");
        let y = crate_named("y");
        if counted > 10 { x } else { y }
    };
    println!("chosen {}", chosen.label);
    println!("end of main");
}
