//@ spec: 17.8, 12.4
// A Vec drops its elements from index 0 upward when it dies, whatever order they were
// inserted in; nested Vecs recurse, and insert, swap_remove and retain drop only the removed.
struct Row(u32);
impl Drop for Row {
    fn drop(&mut self) {
        println!("row {}", self.0);
    }
}

fn ids(v: &Vec<Row>) -> Vec<u32> {
    v.iter().map(|r| r.0).collect()
}

fn main() {
    let mut table = Vec::new();
    table.push(Row(30));
    table.insert(0, Row(10));
    table.insert(1, Row(20));
    table.push(Row(40));
    table.push(Row(50));
    println!("table {:?}", ids(&table));
    let out = table.swap_remove(0);
    println!("swap_remove took {}, table {:?}", out.0, ids(&table));
    drop(out);
    println!("retain rows under 45");
    table.retain(|r| r.0 < 45);
    println!("table {:?}", ids(&table));
    table.reverse();
    println!("reversed {:?}", ids(&table));
    {
        let grid = vec![vec![Row(1), Row(2)], vec![], vec![Row(3)]];
        println!("grid has {} rows", grid.len());
    }
    println!("after grid");
    let mut tail = table.split_off(1);
    println!("split: {:?} and {:?}", ids(&table), ids(&tail));
    table.append(&mut tail);
    println!("appended: {:?}, tail empty {}", ids(&table), tail.is_empty());
    println!("end of main");
}
