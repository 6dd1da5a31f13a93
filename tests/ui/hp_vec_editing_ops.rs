//@ spec: 17.6, 17.7, 17.10
// A to-do list edited in place: insert, remove, swap, swap_remove, retain, dedup,
// reverse, contains, first/last and get/get_mut, checking the list after each step.
fn show(label: &str, items: &[&str]) {
    println!("{:<12} {:?} (len {})", label, items, items.len());
}

fn main() {
    let mut todo: Vec<&str> = vec!["wake", "coffee", "email", "email", "lunch"];
    show("start", &todo);
    todo.insert(1, "stretch");
    show("insert", &todo);
    let gone = todo.remove(3);
    println!("removed {}", gone);
    show("remove", &todo);
    todo.dedup();
    show("dedup", &todo);
    todo.swap(0, 2);
    show("swap", &todo);
    let quick = todo.swap_remove(0);
    println!("swap_removed {}", quick);
    show("swap_remove", &todo);
    todo.push("nap");
    todo.push("gym");
    todo.retain(|t| t.len() > 3);
    show("retain", &todo);
    todo.reverse();
    show("reverse", &todo);
    println!("has nap: {}, has tea: {}", todo.contains(&"nap"), todo.contains(&"tea"));
    println!("first {:?} last {:?}", todo.first(), todo.last());
    println!("get(1) {:?} get(9) {:?}", todo.get(1), todo.get(9));
    if let Some(slot) = todo.get_mut(0) {
        *slot = "dinner";
    }
    if let Some(slot) = todo.get_mut(10) {
        *slot = "never";
    }
    show("get_mut", &todo);
    let mut nums = vec![3, 3, 1, 1, 1, 2, 3, 3];
    nums.dedup();
    println!("dedup nums {:?}", nums);
    let mut empty: Vec<i32> = Vec::new();
    println!("empty: first {:?} last {:?}", empty.first(), empty.last());
    println!("empty pop {:?}", empty.pop());
    empty.dedup();
    empty.reverse();
    println!("still empty: {}", empty.is_empty());
}
